extension Constant {
    /// The file name of the constants table.
    static let tableName = "constants.csv"

    /// The rows of a constants table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<Constant>] {
        let reader = try TableReader(table, requiring: ["id", "value", "unit", "year", "source"])
        var rows: [Located<Constant>] = []
        for row in table.rows {
            let constant = Constant(
                id: try reader.required("id", row),
                factor: Factor(try reader.number("value", row, in: -1e12...1e12), try reader.provenance(row)),
                unit: try reader.required("unit", row))
            rows.append(Located(value: constant, file: table.name, line: row.line))
        }
        return rows
    }
}
