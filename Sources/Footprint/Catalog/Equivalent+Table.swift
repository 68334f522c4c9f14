extension Equivalent {
    /// The file name of the equivalents table.
    static let tableName = "equivalents.csv"

    /// The rows of an equivalents table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<Equivalent>] {
        let reader = try TableReader(table, requiring: ["id", "label", "g_co2e_per_unit", "unit", "year", "source"])
        var rows: [Located<Equivalent>] = []
        for row in table.rows {
            let equivalent = Equivalent(
                id: try reader.required("id", row), label: try reader.required("label", row),
                gramsPerUnit: Factor(try reader.number("g_co2e_per_unit", row, in: 1e-6...1e12), try reader.provenance(row)),
                unit: try reader.required("unit", row))
            rows.append(Located(value: equivalent, file: table.name, line: row.line))
        }
        return rows
    }
}
