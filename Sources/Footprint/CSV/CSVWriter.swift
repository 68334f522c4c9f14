/// Writes CSV fields with RFC 4180 quoting.
package enum CSVWriter {
    /// `value` quoted if it holds a comma, quote or line break, with quotes doubled.
    package static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// `value` made safe for a spreadsheet: text that would start a formula (`=`, `+`,
    /// `-`, `@`) gets a leading apostrophe. Use it for text Footprint writes itself.
    package static func neutralizingFormula(_ value: String) -> String {
        guard let first = value.utf8.first, [0x3D, 0x2B, 0x2D, 0x40].contains(first) else { return value }
        return "'" + value
    }

    /// One CSV line (with its LF) of `fields`, each escaped.
    package static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}
