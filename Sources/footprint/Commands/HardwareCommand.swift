import Footprint

/// `footprint hardware`: search the hardware catalog.
enum HardwareCommand: Command {
    static let name = "hardware"
    static let summary = "List and search the accelerators and CPUs of the catalog"
    static let usage = "[SEARCH] [--kind gpu,tpu,accelerator,cpu] [--vendor NAME] [--limit N] [--format table|json|csv]"
    static var options: [OptionSpec] {
        [
            OptionSpec(name: "kind", valueName: "KINDS", help: "only these kinds (comma-separated): gpu, tpu, accelerator, cpu"),
            OptionSpec(name: "vendor", valueName: "NAMES", help: "only these vendors (comma-separated), e.g. NVIDIA,AMD"),
            CatalogListing.limit, .data, .format(formats),
        ]
    }
    static let maxPositionals = 1
    static let formats: [ReportFormat] = [.table, .json, .csv]
    static let examples = ["footprint hardware h100", "footprint hardware --kind gpu,tpu --format json", "footprint hardware xeon gold --kind cpu"]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        var kinds: Set<Hardware.Kind> = []
        for text in arguments.list("kind") {
            guard let kind = Hardware.Kind(rawValue: text.lowercased()) else {
                throw .usage("--kind: unknown kind '\(text)' (choose \(Hardware.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            kinds.insert(kind)
        }
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let rows = catalog.hardware(
            matching: arguments.positionals.first, kinds: kinds, vendors: Set(arguments.list("vendor").map(NameKey.init)))
        try CatalogListing.write(
            rows, format: format, arguments: arguments, console: console,
            json: \.json, csvColumns: Hardware.csvColumns, csvLine: \.csvLine, table: Hardware.table)
        return 0
    }
}
