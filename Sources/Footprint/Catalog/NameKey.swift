/// The form in which names are compared: lower-case letters and digits only, so that
/// `A100-SXM4 80GB`, `a100 sxm4 80gb` and `A100_SXM4_80GB` are one name.
package struct NameKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalised text.
    package let text: String

    /// The key of `name`.
    package init(_ name: String) {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            text = NameWords.of(name).joined()
            return
        }
        text = String(decoding: name.utf8.compactMap(NameWords.lowercasedAlphanumeric), as: UTF8.self)
    }

    /// Orders keys by their text.
    package static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.text < rhs.text }

    /// The normalised text.
    package var description: String { text }
}
