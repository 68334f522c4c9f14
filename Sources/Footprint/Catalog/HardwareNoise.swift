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
        var text = name
        if let at = text.firstIndex(of: "@") { text = String(text[..<at]) }
        for mark in ["(R)", "(r)", "(TM)", "(tm)", "(Tm)", "®", "™"] {
            text = text.replacing(mark, with: " ")
        }
        var kept: [String] = []
        for word in NameWords.of(text) {
            if word == "core", let last = kept.last, last.allSatisfy(\.isNumber) {
                kept.removeLast()
                continue
            }
            if !brandWords.contains(word) { kept.append(word) }
        }
        return kept.joined(separator: " ")
    }
}
