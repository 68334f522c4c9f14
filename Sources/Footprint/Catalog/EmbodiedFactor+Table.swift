extension EmbodiedFactor {
    /// The file name of the embodied table.
    static let tableName = "embodied.csv"

    /// The rows of an embodied table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<EmbodiedFactor>] {
        let reader = try TableReader(table, requiring: [
            "id", "name", "kind", "embodied_kg", "lifetime_years", "utilization", "devices_per_host", "year", "source",
        ])
        var rows: [Located<EmbodiedFactor>] = []
        for row in table.rows {
            let factor = EmbodiedFactor(
                id: try reader.required("id", row), name: try reader.required("name", row),
                kind: try reader.choice("kind", row, as: Kind.self),
                kilograms: Factor(try reader.number("embodied_kg", row, in: 0...1_000_000), try reader.provenance(row)),
                lifetimeYears: try reader.number("lifetime_years", row, in: 0.1...50),
                utilization: try reader.number("utilization", row, in: 0.01...1),
                devicesPerHost: try reader.number("devices_per_host", row, in: 1...1024))
            rows.append(Located(value: factor, file: table.name, line: row.line))
        }
        return rows
    }
}
