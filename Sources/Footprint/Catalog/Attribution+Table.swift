extension Attribution {
    /// The file name of the attributions table.
    public static let tableName = "attributions.csv"

    /// The attributions compiled into the library from `Data/attributions.csv`, in table order.
    ///
    /// - Throws: `DataError` only if the built-in table is broken (the tests guard this).
    public static func builtIn() throws(DataError) -> [Attribution] {
        try rows(from: try CSVTable.embedded(tableName))
    }

    /// The rows of an attributions table.
    static func rows(from table: CSVTable) throws(DataError) -> [Attribution] {
        let reader = try TableReader(
            table, requiring: ["id", "source", "licence", "attribution", "source_url", "licence_url", "tables"])
        var rows: [Attribution] = []
        for row in table.rows {
            let licenceURL = reader.text("licence_url", row)
            rows.append(Attribution(
                id: try reader.required("id", row),
                source: try reader.required("source", row),
                licence: try reader.required("licence", row),
                attribution: try reader.required("attribution", row),
                sourceURL: try reader.required("source_url", row),
                licenceURL: licenceURL.isEmpty ? nil : licenceURL,
                tables: reader.list("tables", row)))
        }
        return rows
    }
}
