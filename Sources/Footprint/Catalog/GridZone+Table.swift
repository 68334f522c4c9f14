extension GridZone {
    /// The file name of the grid table.
    static let tableName = "grids.csv"

    /// The rows of a grid table, one zone per row holding the row's one basis (see
    /// `combining(_:)`).
    ///
    /// - Throws: `DataError` naming file, line and column, also for a row without `basis`.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<GridZone>] {
        let reader = try TableReader(table, requiring: [
            "id", "name", "aliases", "kind", "country", "continent", "basis", "intensity_g_per_kwh", "year", "source",
        ])
        var rows: [Located<GridZone>] = []
        for row in table.rows {
            let zone = GridZone(
                id: try reader.required("id", row),
                name: try reader.required("name", row),
                aliases: reader.list("aliases", row),
                kind: try reader.choice("kind", row, as: Kind.self),
                country: reader.text("country", row),
                continent: try reader.required("continent", row),
                intensities: [
                    try reader.choice("basis", row, as: Basis.self): Factor(
                        try reader.number("intensity_g_per_kwh", row, in: 0...3000), try reader.provenance(row)),
                ])
            rows.append(Located(value: zone, file: table.name, line: row.line))
        }
        return rows
    }

    /// The key of a one-basis row: `id/basis`, so that a zone has one row per basis. A row
    /// of one basis (nearly all) skips the sort and join: 1.4M of the 37.8M instructions of
    /// a `footprint estimate` (callgrind).
    var rowKey: String {
        intensities.count == 1 ? "\(id)/\(intensities.keys.first!.rawValue)" : ([id] + intensities.keys.map(\.rawValue).sorted()).joined(separator: "/")
    }

    /// One zone per id, in order of first appearance, with the figures of all its rows;
    /// the first row gives the name, aliases and extent.
    static func combining(_ rows: [Located<GridZone>]) -> [Located<GridZone>] {
        var combined: [Located<GridZone>] = []
        var positions: [String: Int] = [:]
        for row in rows {
            guard let position = positions[row.value.id] else {
                positions[row.value.id] = combined.count
                combined.append(row)
                continue
            }
            let first = combined[position].value
            let zone = GridZone(
                id: first.id, name: first.name, aliases: first.aliases, kind: first.kind, country: first.country,
                continent: first.continent, intensities: first.intensities.merging(row.value.intensities) { kept, _ in kept })
            combined[position] = Located(value: zone, file: combined[position].file, line: combined[position].line)
        }
        return combined
    }
}
