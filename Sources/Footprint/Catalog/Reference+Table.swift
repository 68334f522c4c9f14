extension Reference {
    /// The file name of the references table.
    public static let tableName = "references.csv"

    /// The references compiled into the library from `Data/references.csv`, in table order.
    ///
    /// - Throws: `DataError` only if the built-in table is broken (the tests guard this).
    public static func builtIn() throws(DataError) -> [Reference] {
        try rows(from: try CSVTable.embedded(tableName))
    }

    /// The rows of a references table.
    static func rows(from table: CSVTable) throws(DataError) -> [Reference] {
        let reader = try TableReader(table, requiring: ["id", "title", "publisher", "year", "url", "matches"])
        var rows: [Reference] = []
        for row in table.rows {
            let url = reader.text("url", row)
            let matches = reader.list("matches", row)
            if matches.isEmpty { throw reader.fault("matches", row, "'matches' is empty") }
            rows.append(Reference(
                id: try reader.required("id", row),
                title: try reader.required("title", row),
                publisher: try reader.required("publisher", row),
                year: try reader.optionalInteger("year", row, in: 1900...2100),
                url: url.isEmpty ? nil : url,
                matches: matches))
        }
        return rows
    }
}
