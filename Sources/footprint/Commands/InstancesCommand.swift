import Footprint

/// `footprint instances`: search the cloud instance types of the catalog.
enum InstancesCommand: Command {
    static let name = "instances"
    static let summary = "List and search the cloud instance types (--instance) of the catalog"
    static let usage = "[SEARCH] [--provider aws,gcp,...] [--limit N] [--format table|json|csv]"
    static var options: [OptionSpec] {
        [
            OptionSpec(name: "provider", valueName: "PROVIDERS", help: "only these providers (comma-separated), e.g. aws,gcp"),
            OptionSpec(name: "limit", valueName: "N", help: "at most N rows (default 50 for tables, all otherwise; 0 for all)"),
            .data, .format(formats),
        ]
    }
    static let maxPositionals = 1
    static let formats: [ReportFormat] = [.table, .json, .csv]
    static let examples = ["footprint instances p4d", "footprint instances h100 --provider gcp,azure", "footprint instances --format csv"]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let rows = catalog.instances(matching: arguments.positionals.first, providers: Set(arguments.list("provider").map(NameKey.init)))
        let limit = try arguments.integer("limit", minimum: 0) ?? (format == .table ? 50 : 0)
        let shown = limit == 0 ? rows : Array(rows.prefix(limit))
        switch format {
        case .json, .ndjson: console.out.write(JSONValue.array(shown.map(\.json)).rendered() + "\n")
        case .csv: console.out.write(CSVWriter.line(InstanceType.csvColumns) + shown.map(\.csvLine).joined())
        case .table, .html:  // html is not among this verb's formats
            console.out.write(InstanceType.table(shown))
            if shown.count < rows.count {
                console.out.write("… \(rows.count - shown.count) more; narrow the search or use --limit 0\n")
            }
        }
        return 0
    }
}
