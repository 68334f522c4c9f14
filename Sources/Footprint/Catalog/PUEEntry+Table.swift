extension PUEEntry {
    /// The file name of the PUE table.
    static let tableName = "pue.csv"

    /// The rows of a PUE table; ids are unique per scope (`scope/id`).
    static func rows(from table: CSVTable) throws(DataError) -> [Located<PUEEntry>] {
        let reader = try TableReader(table, requiring: ["scope", "id", "pue", "year", "source"])
        var rows: [Located<PUEEntry>] = []
        for row in table.rows {
            let entry = PUEEntry(
                scope: try reader.choice("scope", row, as: Scope.self),
                id: try reader.required("id", row),
                pue: Factor(try reader.number("pue", row, in: 1...5), try reader.provenance(row)))
            rows.append(Located(value: entry, file: table.name, line: row.line))
        }
        return rows
    }

    /// The key under which an entry is unique: `scope/id`.
    var key: String { Self.key(scope, id) }

    /// The key of the entry for `scope` and `id`: `scope/id`.
    static func key(_ scope: Scope, _ id: String) -> String { "\(scope.rawValue)/\(id)" }
}
