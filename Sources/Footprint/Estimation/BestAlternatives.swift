/// The two suggestions an estimate ends with: the cleanest cloud region of the job's own
/// provider, and the cleanest cloud region overall, each only when it beats the job's own
/// location.
public struct BestAlternatives: Sendable, Equatable {
    /// The cleanest region of the same provider, when the job runs in a cloud region.
    public let sameProvider: Ranking.Alternative?
    /// The cleanest cloud region of any provider.
    public let overall: Ranking.Alternative?

    /// The best alternatives to `estimate` among the catalog's cloud regions.
    public init(to estimate: Estimate, in catalog: Catalog) {
        let regions = catalog.sites(matching: SiteFilter(kinds: [.region]))
        let ranking = Ranking(job: estimate.job, sites: regions, baseline: estimate)
        let provider = estimate.job.site.provider
        let cleaner = { (alternative: Ranking.Alternative) in (alternative.savingKg ?? 0) > 0 }
        sameProvider = provider.flatMap { provider in
            ranking.cleanest { $0.provider == provider }.flatMap { cleaner($0) ? $0 : nil }
        }
        overall = ranking.alternatives.first.flatMap { cleaner($0) ? $0 : nil }
    }

    /// The suggestions as JSON objects with a `scope` of `same_provider` or `overall`.
    package var json: JSONValue {
        var items: [JSONValue] = []
        for (scope, alternative) in [("same_provider", sameProvider), ("overall", overall)] {
            guard let alternative, case var .object(members) = alternative.json else { continue }
            members["scope"] = .string(scope)
            items.append(.object(members))
        }
        return .array(items)
    }

    /// Lines closing an estimate's table, or an empty string when nothing is cleaner.
    package var table: String {
        var rows: [[String]] = []
        if let sameProvider {
            let isAlsoOverall = sameProvider.site.id == overall?.site.id
            rows.append([isAlsoOverall ? "same provider, cleanest overall" : "same provider", sameProvider.site.id, sameProvider.line])
        }
        if let overall, overall.site.id != sameProvider?.site.id { rows.append(["any provider", overall.site.id, overall.line]) }
        guard !rows.isEmpty else { return "" }
        return "\nCleaner alternatives (same job, each location's own intensity and PUE)\n"
            + TextTable(header: [], rows: rows, alignments: [.left, .left, .left]).rendered(indent: 2)
    }
}

extension Ranking.Alternative {
    /// "1.23 kg CO2e, saves 70.4 kg (98.3 %)".
    var line: String { NumberFormat.readable(estimate.co2eKg, digits: 3) + " kg CO2e, " + savingText }
}
