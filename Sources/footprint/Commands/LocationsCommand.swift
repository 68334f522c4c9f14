import Footprint

/// `footprint locations`: search cloud regions and grid zones.
enum LocationsCommand: Command {
    static let name = "locations"
    static let summary = "List and search cloud regions, countries and grid zones with their intensity and PUE"
    static let usage = "[SEARCH] [--kind region,country,subnational,world] [--provider aws,gcp] [--country FR] [--continent Europe] [--format table|json|csv]"
    static var options: [OptionSpec] { SiteFilterOptions.options + [limit, .data, .format(formats)] + IntensityViewOptions.options }
    static let limit = OptionSpec(name: "limit", valueName: "N", help: "at most N rows (default all; 0 for all)")
    static let maxPositionals = 1
    static let formats: [ReportFormat] = [.table, .json, .csv]
    static let examples = ["footprint locations --provider gcp", "footprint locations virginia", "footprint locations --kind country --continent europe --format csv"]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        var filter = try SiteFilterOptions.filter(arguments, in: catalog)
        filter.query = arguments.positionals.first
        let sites = catalog.sites(matching: filter)
        let limit = try arguments.integer("limit", minimum: 0) ?? 0
        let shown = limit == 0 ? sites : Array(sites.prefix(limit))
        switch format {
        case .json, .ndjson: console.out.write(JSONValue.array(shown.map(\.listingJSON)).rendered() + "\n")
        case .csv: console.out.write(CSVWriter.line(Site.csvColumns) + shown.map(\.csvLine).joined())
        case .table, .html: console.out.write(Site.table(shown))  // html is not among this verb's formats
        }
        return 0
    }
}
