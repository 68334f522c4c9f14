import Footprint

/// The location filter options shared by `locations` and `regions`.
enum SiteFilterOptions {
    /// `--kind`, `--provider`, `--country`, `--continent`.
    static let options = [
        OptionSpec(name: "kind", valueName: "KINDS", help: "only these kinds (comma-separated): region, country, subnational, world; 'grid' means the last three"),
        OptionSpec(name: "provider", valueName: "IDS", help: "only regions of these providers (comma-separated), e.g. aws,gcp,azure"),
        OptionSpec(name: "country", valueName: "CODES", help: "only these countries (ISO codes or names, comma-separated), e.g. DE,France"),
        OptionSpec(name: "continent", valueName: "NAMES", help: "only these continents (comma-separated), e.g. Europe,\"North America\""),
    ]

    /// The filter the options describe, its names checked against `catalog`: a provider,
    /// country or continent the catalog lacks is a usage error with the closest names
    /// (never an empty list); country names become codes (`Germany` → `DE`).
    static func filter(_ arguments: ParsedArguments, in catalog: Catalog) throws(CLIError) -> SiteFilter {
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
            kinds: kinds, providers: Set(try names("provider", arguments, catalog.providerID(named:))),
            countries: Set(try names("country", arguments, catalog.countryCode(named:))),
            continents: Set(try names("continent", arguments, catalog.continent(named:))))
    }

    /// The items of the list option `option`, each looked up by `resolve`; a failure is a
    /// usage error naming the option.
    private static func names(
        _ option: String, _ arguments: ParsedArguments, _ resolve: (String) throws(JobError) -> String
    ) throws(CLIError) -> [String] {
        var resolved: [String] = []
        for text in arguments.list(option) {
            do throws(JobError) { resolved.append(try resolve(text)) } catch { throw .usage("--\(option): \(error.message)") }
        }
        return resolved
    }
}
