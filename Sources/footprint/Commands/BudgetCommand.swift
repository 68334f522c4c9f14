import Footprint

/// `footprint budget`: how many hours of this job fit a carbon or energy budget.
enum BudgetCommand: Command {
    static let name = "budget"
    static let summary = "How many hours of a job fit a carbon or energy budget at a location"
    static let usage = "--budget 50kg|200kWh --hardware NAME [--count N] [--region PROVIDER:REGION | --location CODE] [options, without --hours or --duration]"
    static var options: [OptionSpec] { OptionSpec.jobOptions.filter { $0.name != JobField.hours.name && $0.name != JobField.duration.name } + [.budget, .includeEmbodied, .data, .format(formats)] }
    static let maxPositionals = 0
    static let formats: [ReportFormat] = [.table, .json]
    static let examples = [
        "footprint budget --budget 50kg --hardware \"H100 SXM5 80GB\" --count 8 --region gcp:europe-west1",
        "footprint budget --budget 1MWh --hardware \"A100 SXM4 80GB\" --count 64 --format json",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        guard let budget = try arguments.budget() else { throw .usage("--budget is required, e.g. --budget 50kg") }
        let includeEmbodied = arguments.flags.contains("include-embodied")
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let spec = try arguments.jobSpec()
        let fit: BudgetFit
        do throws(JobError) {
            fit = try budget.fit(spec, in: catalog, includeEmbodied: includeEmbodied)
        } catch {
            throw .job(error)
        }
        switch format {
        case .json, .csv, .ndjson:
            console.out.write(fit.json.rendered() + "\n")
        case .table, .html:  // html is not among this verb's formats
            let limit = "\(NumberFormat.readable(budget.limit, digits: 4)) \(budget.quantity.rawValue)"
            let rate = "\(NumberFormat.readable(fit.perHour, digits: 4)) \(budget.quantity.rawValue) per hour of a run"
            let answer = fit.maxHours.map { "\(NumberFormat.readable($0, digits: 4)) hours per run" } ?? "no limit: an hour of this job costs nothing"
            console.out.write("Budget \(limit) at \(fit.site.id) (\(NumberFormat.readable(fit.site.intensity.value)) gCO2e/kWh, PUE \(NumberFormat.readable(fit.site.pue.value))): \(rate)\nFits: \(answer)\n")
        }
        return 0
    }
}
