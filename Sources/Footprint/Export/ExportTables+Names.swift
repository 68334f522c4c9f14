/// The name tables of an export: the exact answers of the Swift resolver per lookup
/// (`names`) and every spelling the keys come from (`spellings`).
extension ExportTables {
    /// The lookups SQL resolves: which index, which entries are in scope, and their ids.
    private struct Lookup<Entry: Sendable> {
        let name: String
        let index: NameIndex<Entry>
        let scope: (Entry) -> Bool
        let id: (Entry) -> String
    }

    /// `names(lookup, match, name, id, candidates)`: for each lookup (`hardware`, `cpu`,
    /// `region`, `location`), every key (`match = 'key'`) with the id it resolves to, or a
    /// null id and the candidates when several entries share it; and the lower-cased names
    /// (`match = 'literal'`) whose exact spelling decides otherwise than their key
    /// (`us-east-1` is AWS's, `us-east1` Google's). SQL tries the literal row, then the key.
    static func names(_ catalog: Catalog) -> ExportTable {
        var rows: [[ExportTable.Cell]] = []
        rows += answerRows(Lookup(name: "hardware", index: catalog.hardware, scope: { _ in true }, id: \.id))
        rows += answerRows(Lookup(name: "cpu", index: catalog.hardware, scope: { $0.kind == .cpu }, id: \.id))
        rows += answerRows(Lookup(name: "region", index: catalog.regions, scope: { _ in true }, id: \.id))
        rows += answerRows(Lookup(name: "location", index: catalog.grids, scope: { _ in true }, id: \.id))
        return ExportTable(
            "names", "exact name resolution: key or lower-cased name to id (null id: ambiguous, see candidates)",
            columns: [("lookup", .text), ("match", .text), ("name", .text), ("id", .text), ("candidates", .text)], rows: rows)
    }

    /// The rows of one lookup, keys then literals, each sorted by name.
    private static func answerRows<Entry>(_ lookup: Lookup<Entry>) -> [[ExportTable.Cell]] {
        let answers = lookup.index.exactAnswers(scope: lookup.scope)
        func row(_ match: String, _ name: String, _ answer: NameIndex<Entry>.ExactAnswer) -> [ExportTable.Cell] {
            let ids = answer.positions.map { lookup.id(lookup.index.entries[$0]) }
            return [
                .text(lookup.name), .text(match), .text(name), .text(ids.count == 1 ? ids[0] : nil),
                .text(ids.count == 1 ? nil : ids.sorted().joined(separator: "|")),
            ]
        }
        var rows = answers.key.sorted { $0.key < $1.key }.map { row("key", $0.key, $0.value) }
        for (literal, answer) in answers.literal.sorted(by: { $0.key < $1.key })
        where answers.key[NameKey(literal).text] != answer {
            rows.append(row("literal", literal, answer))
        }
        return rows
    }

    /// `spellings(lookup, spelling, name_key, id)`: every id, name and alias as written in
    /// the tables, with the key Swift makes of it, so an engine's normaliser can be
    /// compared with Swift's.
    static func spellings(_ catalog: Catalog) -> ExportTable {
        var rows: [[ExportTable.Cell]] = []
        func add<Entry>(_ lookup: String, _ entries: [Entry], _ names: (Entry) -> [String], _ id: (Entry) -> String) {
            for entry in entries {
                var seen = Set<String>()
                for spelling in names(entry) where seen.insert(spelling).inserted {
                    rows.append([.text(lookup), .text(spelling), .text(NameKey(spelling).text), .text(id(entry))])
                }
            }
        }
        add("hardware", catalog.hardware.entries, NameIndex.hardwareNames, \.id)
        add("region", catalog.regions.entries, NameIndex.regionNames, \.id)
        add("location", catalog.grids.entries, NameIndex.gridNames, \.id)
        return ExportTable(
            "spellings", "every id, name and alias as written, with Swift's normalised key",
            columns: [("lookup", .text), ("spelling", .text), ("name_key", .text), ("id", .text)], rows: rows)
    }
}
