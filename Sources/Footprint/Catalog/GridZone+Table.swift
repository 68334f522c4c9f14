extension GridZone {
    /// The file name of the grid table.
    static let tableName = "grids.csv"

    /// The rows of a grid table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<GridZone>] {
        let reader = try TableReader(table, requiring: [
            "id", "name", "aliases", "kind", "country", "continent", "intensity_g_per_kwh", "year", "source",
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
                intensity: Factor(
                    try reader.number("intensity_g_per_kwh", row, in: 0...3000), try reader.provenance(row)))
            rows.append(Located(value: zone, file: table.name, line: row.line))
        }
        return rows
    }
}
