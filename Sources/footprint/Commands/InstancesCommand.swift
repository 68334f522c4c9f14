import Footprint

/// `footprint instances`: search the cloud instance types of the catalog.
enum InstancesCommand: Command {
    static let name = "instances"
    static let summary = "List and search the cloud instance types (--instance) of the catalog"
    static let usage = "[SEARCH] [--provider aws,gcp,...] [--limit N] [--format table|json|csv]"
    static var options: [OptionSpec] {
        [
            OptionSpec(name: "provider", valueName: "PROVIDERS", help: "only these providers (comma-separated), e.g. aws,gcp"),
            CatalogListing.limit, .data, .format(formats),
        ]
    }
    static let maxPositionals = 1
    static let formats: [ReportFormat] = [.table, .json, .csv]
    static let examples = ["footprint instances p4d", "footprint instances h100 --provider gcp,azure", "footprint instances --format csv"]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let rows = catalog.instances(matching: arguments.positionals.first, providers: Set(arguments.list("provider").map(NameKey.init)))
        try CatalogListing.write(
            rows, format: format, arguments: arguments, console: console,
            json: \.json, csvColumns: InstanceType.csvColumns, csvLine: \.csvLine, table: InstanceType.table)
        return 0
    }
}
