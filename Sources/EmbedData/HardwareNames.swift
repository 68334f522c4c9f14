/// The sorted list of exact hardware names that lets a command find one hardware row without
/// reading the whole table: one line `name<TAB>start<TAB>end` per id, name and alias of each
/// row, the name trimmed and lower-cased (as the library's exact lookup compares them), the
/// numbers the byte range of the row's record in `hardware.csv`; sorted by the names' bytes.
func hardwareNameLines(csv text: String) throws -> String {
    let records = csvRecords(Array(text.utf8))
    guard let header = records.first?.fields.map(trimmed) else { return "" }
    func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else { throw EmbedError("hardware.csv has no '\(name)' column") }
        return index
    }
    let id = try column("id"), name = try column("name"), aliases = try column("aliases")
    var lines: [(name: String, line: String)] = []
    for record in records.dropFirst() {
        func cell(_ index: Int) -> String { index < record.fields.count ? trimmed(record.fields[index]) : "" }
        let names = [cell(id), cell(name)] + cell(aliases).split(separator: "|").map { trimmed(String($0)) }
        for literal in Set(names.filter { !$0.isEmpty }.map { $0.lowercased() }) {
            guard !literal.contains("\t"), !literal.contains("\n") else { throw EmbedError("hardware name '\(literal)' holds a tab or line break") }
            lines.append((literal, "\(literal)\t\(record.range.lowerBound)\t\(record.range.upperBound)\n"))
        }
    }
    return lines.sorted {
        $0.name.utf8.elementsEqual($1.name.utf8) ? $0.line < $1.line : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8)
    }
        .map(\.line).joined()
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
