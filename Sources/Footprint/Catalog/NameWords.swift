/// The words of a name, for matching on whole words: lower-case runs of letters and
/// digits, so `Intel(R) Xeon(R) Gold 6248` has the words `intel`, `r`, `xeon`, `r`,
/// `gold` and `6248`.
enum NameWords {
    /// The words of `name`, in order.
    ///
    /// - Complexity: O(n), on the UTF-8 bytes for ASCII names.
    static func of(_ name: String) -> [String] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return ofUnicode(name) }
        var name = name
        return name.withUTF8 { bytes in
            var words: [String] = [], start = -1
            var lowered = [UInt8](repeating: 0, count: bytes.count)
            for (index, byte) in bytes.enumerated() {
                if let letter = lowercasedAlphanumeric(byte) {
                    lowered[index] = letter
                    if start < 0 { start = index }
                } else if start >= 0 {
                    words.append(String(decoding: lowered[start..<index], as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 { words.append(String(decoding: lowered[start...], as: UTF8.self)) }
            return words
        }
    }

    /// An ASCII byte lower-cased if it is a letter or a digit, else nil.
    @inline(__always)
    static func lowercasedAlphanumeric(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: byte
        case 0x41...0x5A: byte + 0x20
        default: nil
        }
    }

    /// The words of a name with non-ASCII letters, scalar by scalar.
    private static func ofUnicode(_ name: String) -> [String] {
        var words: [String] = [], word = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if let lowered = lowercasedAlphanumeric(scalar) {
                word.append(contentsOf: lowered.unicodeScalars)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// The words of `name` and every run of two or three adjacent words written together,
    /// so that a typed `rtx3090` matches the name `RTX 3090`.
    static func matchable(_ name: String) -> Set<String> {
        let words = of(name)
        var result = Set(words)
        for start in words.indices {
            var joined = words[start]
            for next in (start + 1)..<min(start + 3, words.count) {
                joined += words[next]
                result.insert(joined)
            }
        }
        return result
    }

    /// `scalar` lower-cased, with the accent of a Latin letter dropped (`Québec` is
    /// `quebec`), if it is a letter or a digit; else nil.
    static func lowercasedAlphanumeric(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 0x20)!)
        case 0x80...:
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
            let lowered = scalar.properties.lowercaseMapping
            return accentFree[lowered].map(String.init) ?? lowered
        default: return nil
        }
    }

    /// The Latin-1 and Latin Extended-A letters people type without their accent.
    static let accentFree: [String: Character] = {
        let groups: [(Character, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("i", "ìíîïĩīĭįı"),
            ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"), ("s", "śŝşš"), ("t", "ţťŧ"), ("u", "ùúûüũūŭůűų"), ("y", "ýÿŷ"),
            ("z", "źżž"), ("l", "ĺļľŀł"), ("r", "ŕŗř"), ("h", "ĥħ"), ("j", "ĵ"), ("k", "ķ"), ("w", "ŵ"),
        ]
        var table: [String: Character] = [:]
        for (plain, accented) in groups {
            for letter in accented { table[String(letter)] = plain }
        }
        return table
    }()
}
