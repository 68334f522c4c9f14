/// What a pasted hardware name carries besides the model: the vendor and brand words that
/// `nvidia-smi`, `rocm-smi` and `lscpu` print (`NVIDIA`, `Tesla`, `GeForce`, `AMD`,
/// `Instinct`, `Intel(R)`, `(TM)`), and the clock and core-count tails of CPU model
/// strings (`CPU @ 2.50GHz`, `64-Core Processor`).
enum HardwareNoise {
    /// Words that name a vendor or a brand, never a model.
    static let brandWords: Set<String> = ["nvidia", "tesla", "geforce", "amd", "instinct", "intel", "cpu", "processor"]

    /// `name` without its vendor noise: `Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz` gives
    /// `xeon gold 6248`, `AMD EPYC 7763 64-Core Processor` gives `epyc 7763`.
    static func simplify(_ name: String) -> String {
        var kept: [String] = []
        for word in NameWords.of(withoutMarks(name)) {
            if word == "core", let last = kept.last, last.allSatisfy(\.isNumber) {
                kept.removeLast()
                continue
            }
            if !brandWords.contains(word) { kept.append(word) }
        }
        return kept.joined(separator: " ")
    }

    /// `name` up to an `@` (the clock of a CPU model string), without `(R)` and `(TM)`
    /// in any case (`®` and `™` are not letters, so words drop them anyway).
    private static func withoutMarks(_ name: String) -> String {
        let bytes = Array(name.utf8.prefix { $0 != UInt8(ascii: "@") })
        var kept: [UInt8] = [], index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "("), let length = markLength(bytes, at: index) {
                kept.append(UInt8(ascii: " "))
                index += length
                continue
            }
            kept.append(bytes[index])
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// The length of `(R)` or `(TM)` (any case) at `index`, if one starts there.
    private static func markLength(_ bytes: [UInt8], at index: Int) -> Int? {
        for mark in ["(r)", "(tm)"] where index + mark.utf8.count <= bytes.count {
            let candidate = bytes[index..<(index + mark.utf8.count)].map { $0 | 0x20 }
            if candidate.elementsEqual(mark.utf8.map { $0 | 0x20 }) { return mark.utf8.count }
        }
        return nil
    }
}
