import Footprint

/// `footprint estimate`: the energy and CO2e of one job.
enum EstimateCommand: Command {
    static let name = "estimate"
    static let summary = "Estimate the energy and CO2e of one job"
    static let usage = "--hardware NAME --hours H [--count N] [--region PROVIDER:REGION | --location CODE] [options]"
    static var options: [OptionSpec] { OptionSpec.jobOptions + [.data, .format(formats)] }
    static let maxPositionals = 0
    static let formats: [ReportFormat] = [.table, .json, .csv]
    static let examples = [
        "footprint estimate --hardware \"A100 SXM4 80GB\" --count 8 --hours 72 --region aws:us-east-1",
        "footprint estimate --power 250 --hours 100 --intensity 560 --pue 1 --format json",
        "footprint estimate --hardware h100-sxm5-80gb --count 4 --cpu \"EPYC 7763\" --cores 16 --memory 512 --hours 24 --location FR",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        let spec = try arguments.jobSpec()
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let job: Job
        do throws(JobError) { job = try catalog.job(for: spec) } catch { throw .job(error) }
        let report = EstimateReport(spec: spec, estimate: Estimator.estimate(job))
        let alternatives = BestAlternatives(to: report.estimate, in: catalog)
        switch format {
        case .json, .ndjson:
            guard case var .object(members) = report.json else { return 0 }
            members["cleaner_alternatives"] = alternatives.json
            console.out.write(JSONValue.object(members).rendered() + "\n")
        case .csv: console.out.write(report.csv)
        case .table: console.out.write(report.table + alternatives.table)
        }
        return 0
    }
}
