/// A sorted list of exact names that lets a command find one row of a table without reading
/// the whole table: one line `name<TAB>start<TAB>end` per name of each row, the name trimmed
/// and lower-cased (as the library's exact lookup compares them), the numbers the byte range
/// of the row's record in the table's text; sorted by the names' bytes, then by position.
///
/// - Parameters:
///   - text: the table's CSV text.
///   - table: its file name, for errors.
///   - columns: the header cells `names` reads.
///   - names: a row's exact names, from the cells of `columns` (trimmed), in that order;
///     an empty name is listed too (first, as the empty key).
func nameLines(csv text: String, table: String, columns: [String], names: ([String]) -> [String]) throws -> String {
    let records = csvRecords(Array(text.utf8))
    guard let header = records.first?.fields.map(trimmed) else { return "" }
    let indices = try columns.map { name in
        guard let index = header.firstIndex(of: name) else { throw EmbedError("\(table) has no '\(name)' column") }
        return index
    }
    var lines: [(name: String, start: Int, line: String)] = []
    for record in records.dropFirst() {
        let cells = indices.map { $0 < record.fields.count ? trimmed(record.fields[$0]) : "" }
        for literal in Set(names(cells).map { trimmed($0).lowercased() }) {
            guard !literal.contains("\t"), !literal.contains("\n") else { throw EmbedError("\(table) name '\(literal)' holds a tab or line break") }
            lines.append((literal, record.range.lowerBound, "\(literal)\t\(record.range.lowerBound)\t\(record.range.upperBound)\n"))
        }
    }
    return lines.sorted {
        $0.name.utf8.elementsEqual($1.name.utf8) ? $0.start < $1.start : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8)
    }
        .map(\.line).joined()
}

/// The exact names of a row of hardware.csv: its id, name and aliases.
func hardwareNameLines(csv text: String) throws -> String {
    try nameLines(csv: text, table: "hardware.csv", columns: ["id", "name", "aliases"]) { cells in
        ([cells[0], cells[1]] + cells[2].split(separator: "|").map(String.init)).filter { !trimmed($0).isEmpty }
    }
}

/// The exact names of a row of regions.csv: `provider:region`, the bare region id, and the
/// provider's id before the region id or the display name.
func regionNameLines(csv text: String) throws -> String {
    try nameLines(csv: text, table: "regions.csv", columns: ["id", "provider", "region", "name"]) { cells in
        [cells[0], cells[2], "\(cells[1]) \(cells[2])", "\(cells[1]) \(cells[3])"].filter { !trimmed($0).isEmpty }
    }
}

/// The ids of the rows of grids.csv (a zone has a row per basis), lower-cased; the rows of
/// kind `world` also under the empty key, which no id is.
func gridIDLines(csv text: String) throws -> String {
    try nameLines(csv: text, table: "grids.csv", columns: ["id", "kind"]) { cells in
        [cells[0]].filter { !$0.isEmpty } + (cells[1] == "world" ? [""] : [])
    }
}

/// `text` without leading and trailing spaces, tabs and line breaks.
func trimmed(_ text: String) -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(text[first...last])
}

/// A table the build cannot index.
struct EmbedError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
