import Footprint

/// The location filter options shared by `locations` and `regions`.
enum SiteFilterOptions {
    /// `--kind`, `--provider`, `--country`, `--continent`.
    static let options = [
        OptionSpec(name: "kind", valueName: "KINDS", help: "only these kinds (comma-separated): region, country, subnational, world; 'grid' means the last three"),
        OptionSpec(name: "provider", valueName: "IDS", help: "only regions of these providers (comma-separated), e.g. aws,gcp,azure"),
        OptionSpec(name: "country", valueName: "CODES", help: "only these countries (ISO codes, comma-separated)"),
        OptionSpec(name: "continent", valueName: "NAMES", help: "only these continents (comma-separated), e.g. Europe,\"North America\""),
    ]

    /// The filter the options describe.
    static func filter(_ arguments: ParsedArguments) throws(CLIError) -> SiteFilter {
        var kinds: Set<Site.Kind> = []
        for text in arguments.list("kind") {
            switch text.lowercased() {
            case "region", "regions": kinds.insert(.region)
            case "grid", "grids": kinds.formUnion([.world, .country, .subnational])
            case "country", "countries": kinds.insert(.country)
            case "subnational", "zone", "zones": kinds.insert(.subnational)
            case "world": kinds.insert(.world)
            default: throw .usage("--kind: unknown kind '\(text)' (choose region, grid, country, subnational, world)")
            }
        }
        return SiteFilter(
            kinds: kinds, providers: Set(arguments.list("provider").map { $0.lowercased() }),
            countries: Set(arguments.list("country").map { $0.uppercased() }),
            continents: Set(arguments.list("continent").map(NameKey.init)))
    }
}
