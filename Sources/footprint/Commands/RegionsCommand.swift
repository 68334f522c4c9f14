import Footprint

/// `footprint regions`: where should this job run? Every candidate location, cleanest first.
enum RegionsCommand: Command {
    static let name = "regions"
    static let summary = "Rank cloud regions (or grid zones) for a job, cleanest first, with the saving against its own location"
    static let usage = "[job options as for estimate] [--provider aws,gcp] [--country CODES] [--continent NAMES] [--kind region|grid] [--limit N]"
    static var options: [OptionSpec] {
        // `--provider` is the filter here (a list), not the provider a region name is looked up in.
        OptionSpec.jobOptions.filter { $0.name != JobField.provider.name } + SiteFilterOptions.options + [
            OptionSpec(name: "limit", valueName: "N", help: "show the N cleanest (default 10; 0 for all)"), .data, .format(formats),
        ] + IntensityViewOptions.options
    }
    static let maxPositionals = 0
    static let formats: [ReportFormat] = [.table, .json, .csv, .html]
    static let examples = [
        "footprint regions --hardware \"H100 SXM5 80GB\" --count 8 --hours 100 --region aws:us-east-1 --limit 10",
        "footprint regions --hardware h100-sxm5-80gb --count 8 --hours 100 --region aws:us-east-1 --provider aws",
        "footprint regions --power 300 --hours 24 --kind grid --continent europe --format json",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        let spec = try arguments.jobSpec(excluding: [.provider])
        let limit = try arguments.integer("limit", minimum: 0) ?? 10
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        var filter = try SiteFilterOptions.filter(arguments, in: catalog)
        if filter.kinds.isEmpty { filter.kinds = [.region] }
        let job: Job
        do throws(JobError) { job = try catalog.job(for: spec) } catch { throw .job(error) }
        let hasLocation = spec.region != nil || spec.location != nil || spec.intensity != nil
        let baseline = hasLocation ? EstimateReport(spec: spec, estimate: Estimator.estimate(job), catalog: catalog) : nil
        let sites = catalog.sites(matching: filter)
        guard !sites.isEmpty else {
            var anyKind = filter
            anyKind.kinds = []
            let gridsOnly = !catalog.sites(matching: anyKind).isEmpty
            throw .usage(
                "no location matches these filters"
                    + (gridsOnly ? " among the kinds asked for (\(filter.kinds.map(\.rawValue).sorted().joined(separator: ", "))); "
                        + "the grids there are ranked with --kind grid" : ""))
        }
        let ranking = Ranking(job: job, sites: sites, baseline: baseline?.estimate)
        let shown = limit == 0 ? ranking.alternatives : Array(ranking.alternatives.prefix(limit))
        if ranking.leftOut > 0 {
            let own = job.site
            console.err.write(
                "note: \(ranking.leftOut) of \(sites.count) locations are not ranked: their intensity is on another basis or is the "
                    + "provider's own figure, unlike the job's location (\(own.id): \(own.basisText)); ranked numbers share one basis. "
                    + "A job placed at one of them (--region) ranks those\n")
        }
        switch format {
        case .json, .ndjson: console.out.write(ranking.json(shown: shown, jobReport: baseline).rendered() + "\n")
        case .csv: console.out.write(ranking.csv(shown: shown))
        case .html: console.out.write(ranking.html(shown: shown))
        case .table:
            console.out.write(ranking.table(shown: shown, barWidth: console.outIsTerminal ? 20 : 0))
            if shown.count < ranking.alternatives.count {
                console.out.write("(\(ranking.alternatives.count - shown.count) more; --limit 0 shows all)\n")
            }
        }
        return 0
    }
}
