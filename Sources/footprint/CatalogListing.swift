import Footprint

/// The output of a verb that lists catalog rows (`hardware`, `instances`): JSON, CSV or a
/// table, at most `--limit` rows (by default 50 in a table, all otherwise).
enum CatalogListing {
    /// `--limit N`.
    static let limit = OptionSpec(name: "limit", valueName: "N", help: "at most N rows (default 50 for tables, all otherwise; 0 for all)")

    /// Writes `rows` in `format`, each rendered by `json`, `csvLine` (under `csvColumns`)
    /// or `table`; a table that leaves rows out says how many.
    static func write<Row>(
        _ rows: [Row], format: ReportFormat, arguments: ParsedArguments, console: Console,
        json: (Row) -> JSONValue, csvColumns: [String], csvLine: (Row) -> String, table: ([Row]) -> String
    ) throws(CLIError) {
        let limit = try arguments.integer(Self.limit.name, minimum: 0) ?? (format == .table ? 50 : 0)
        let shown = limit == 0 ? rows : Array(rows.prefix(limit))
        switch format {
        case .json, .ndjson: console.out.write(JSONValue.array(shown.map(json)).rendered() + "\n")
        case .csv: console.out.write(CSVWriter.line(csvColumns) + shown.map(csvLine).joined())
        case .table, .html:  // html is not among the listing verbs' formats
            console.out.write(table(shown))
            if shown.count < rows.count {
                console.out.write("… \(rows.count - shown.count) more; narrow the search or use --limit 0\n")
            }
        }
    }
}
