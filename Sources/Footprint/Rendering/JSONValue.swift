/// A JSON document, rendered with sorted keys, unescaped slashes and plain decimals.
package indirect enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; non-finite values render as `null`.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; keys render sorted.
    case object([String: JSONValue])

    /// `value` as a string, or `null` when nil.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// `value` as a number, or `null` when nil.
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    /// `value` as a whole number, or `null` when nil.
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }

    /// The document as text: indented by two spaces, or on one line when `pretty` is false.
    public func rendered(pretty: Bool = true) -> String {
        var text = ""
        write(to: &text, indent: pretty ? 0 : nil)
        return text
    }

    private func write(to text: inout String, indent: Int?) {
        switch self {
        case .null: text += "null"
        case let .bool(value): text += value ? "true" : "false"
        case let .number(value): text += value.isFinite ? NumberFormat.json(value) : "null"
        case let .integer(value): text += String(value)
        case let .string(value): Self.writeString(value, to: &text)
        case let .array(items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &text, indent: indent)
        case let .object(members):
            writeContainer(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, open: "{", close: "}", to: &text, indent: indent)
        }
    }

    private func writeContainer(_ items: [(String?, JSONValue)], open: String, close: String, to text: inout String, indent: Int?) {
        guard !items.isEmpty else { text += open + close; return }
        text += open
        let inner = indent.map { $0 + 2 }
        for (offset, (key, value)) in items.enumerated() {
            if offset > 0 { text += "," }
            if let inner { text += "\n" + String(repeating: " ", count: inner) }
            if let key {
                Self.writeString(key, to: &text)
                text += inner == nil ? ":" : ": "
            }
            value.write(to: &text, indent: inner)
        }
        if let indent { text += "\n" + String(repeating: " ", count: indent) }
        text += close
    }

    private static func writeString(_ value: String, to text: inout String) {
        var bytes: [UInt8] = []
        appendString(value.utf8, to: &bytes)
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `utf8` as a quoted JSON string: quote and backslash escaped, control
    /// characters as `\n` or `\u001f`; other bytes (all of multi-byte UTF-8) unchanged.
    public static func appendString(_ utf8: some Sequence<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
