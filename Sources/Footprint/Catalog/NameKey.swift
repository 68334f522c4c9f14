/// The form in which names are compared: lower-case letters and digits only, so that
/// `A100-SXM4 80GB`, `a100 sxm4 80gb` and `A100_SXM4_80GB` are one name.
public struct NameKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalised text.
    public let text: String

    /// The key of `name`.
    public init(_ name: String) {
        text = NameWords.of(name).joined()
    }

    /// Orders keys by their text.
    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.text < rhs.text }

    /// The normalised text.
    public var description: String { text }
}
