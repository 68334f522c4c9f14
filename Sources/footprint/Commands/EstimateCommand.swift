import Footprint

/// `footprint estimate`: the energy and CO2e of one job.
enum EstimateCommand: Command {
    static let name = "estimate"
    static let summary = "Estimate the energy and CO2e of one job"
    static let usage = "--hardware NAME --hours H [--count N] [--region PROVIDER:REGION | --location CODE] [options]"
    static var options: [OptionSpec] {
        OptionSpec.jobOptions + [
            .includeEmbodied, .budget,
            OptionSpec(name: "cite", valueName: "latex|markdown", help: "print a paragraph for a paper's appendix instead of the report"),
            .data, .format(formats),
        ] + IntensityViewOptions.options
    }
    static let maxPositionals = 0
    static let formats: [ReportFormat] = [.table, .json, .csv, .html]
    static let examples = [
        "footprint estimate --hardware \"A100 SXM4 80GB\" --count 8 --hours 72 --region aws:us-east-1",
        "footprint estimate --power 250 --hours 100 --intensity 560 --pue 1 --format json",
        "footprint estimate --hardware h100-sxm5-80gb --count 4 --cpu \"EPYC 7763\" --cores 16 --memory 512 --hours 24 --location FR",
        "footprint estimate --energy 914 --intensity 394 --pue 1 --requests 230768     # BLOOM API: 1.56 g per request",
        "footprint estimate --hardware \"A100 SXM4 80GB\" --count 8 --hours 72 --region aws:us-east-1 --budget 50kg --include-embodied",
        "footprint estimate --hardware \"A100 SXM4 80GB\" --count 8 --hours 72 --region aws:us-east-1 --format html > report.html",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        let spec = try arguments.jobSpec()
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let job: Job
        do throws(JobError) { job = try catalog.job(for: spec) } catch { throw .job(error) }
        let report = EstimateReport(
            spec: spec, estimate: Estimator.estimate(job), catalog: catalog, includeEmbodied: arguments.flags.contains("include-embodied"))
        let budget = try arguments.budget()
        if let style = arguments.values["cite"] {
            guard let citation = CitationStyle(rawValue: style.lowercased()) else {
                throw .usage("--cite: unknown style '\(style)' (choose latex or markdown)")
            }
            let references: [Reference]
            do throws(DataError) { references = try Reference.builtIn() } catch { throw .data(error) }
            console.out.write(report.citation(citation, version: CLI.version, references: references))
        } else {
            let alternatives = BestAlternatives(to: report.estimate, in: catalog)
            switch format {
            case .json, .ndjson:
                guard case var .object(members) = report.json else { return 0 }
                members["cleaner_alternatives"] = alternatives.json
                if let budget { members["budget"] = budget.json(used: budget.usage(of: report.estimate, embodiedKg: report.impacts.addedKg)) }
                console.out.write(JSONValue.object(members).rendered() + "\n")
            case .csv: console.out.write(report.csv)
            case .table: console.out.write(report.table + alternatives.table)
            case .html: console.out.write(report.html)
            }
        }
        if let budget {
            let used = budget.usage(of: report.estimate, embodiedKg: report.impacts.addedKg)
            if used > budget.limit { return BudgetCheck.exceeded(budget, used: used, console: console) }
        }
        return 0
    }
}
