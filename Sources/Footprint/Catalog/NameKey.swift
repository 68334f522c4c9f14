/// The form in which names are compared: lower-case letters and digits only, so that
/// `A100-SXM4 80GB`, `a100 sxm4 80gb` and `A100_SXM4_80GB` are one name.
public struct NameKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalised text.
    public let text: String

    /// The key of `name`.
    public init(_ name: String) {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: scalars.append(scalar)
            case 0x41...0x5A: scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            default:
                if scalar.value > 0x7F, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        text = String(scalars)
    }

    /// Orders keys by their text.
    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.text < rhs.text }

    /// The normalised text.
    public var description: String { text }
}
