@preconcurrency import Glibc
import Footprint

/// `footprint batch`: estimate every row of a CSV file, streaming, one output row per input row.
enum BatchCommand: Command {
    static let name = "batch"
    static let summary = "Estimate every job of a CSV file (one output row per input row, in order)"
    static let usage = "FILE|- [--output FILE] [--format csv|ndjson|json|html] [--summary-by COLUMNS [--date-column C]] [job options as defaults for empty cells]"
    /// The formats: the rows' (`BatchProcessor.formats`), a report, and a text table of
    /// the `--summary-by` totals.
    static let formats = BatchProcessor.formats + [.html, .table]
    static var options: [OptionSpec] {
        [
            OptionSpec(name: "output", valueName: "FILE", help: "write to FILE (atomically: complete or not at all) instead of stdout"),
            OptionSpec(name: "max-errors", valueName: "N", help: "print at most N row errors on stderr (default 20; the rest are counted)"),
            OptionSpec(name: "summary-by", valueName: "COLUMNS", help: "print totals per group of these input columns (month, quarter, year: from --date-column) instead of the rows"),
            OptionSpec(name: "date-column", valueName: "C", help: "the ISO date column giving month, quarter and year for --summary-by (default: start or date)"),
            .budget, .data, .format(formats),
        ] + SacctInput.options + OptionSpec.jobOptions + IntensityViewOptions.options
    }
    static let maxPositionals = 1
    static let examples = [
        "footprint batch jobs.csv > estimates.csv",
        "footprint batch jobs.csv --region gcp:europe-west1 --format ndjson --output estimates.ndjson",
        "cat jobs.csv | footprint batch - --hours 24",
        "footprint batch jobs.csv --summary-by team,month --format table",
        "footprint batch jobs.csv --format html --output report.html",
        "sacct -a -X -P -S 2026-01-01 -o JobID,JobName,Partition,Elapsed,ElapsedRaw,NNodes,NCPUS,AllocTRES,ReqMem,State | footprint batch --from sacct - --partition-map partitions.csv",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        guard let path = arguments.positionals.first else { throw .usage("missing the input FILE (or - for stdin)") }
        let format = try arguments.format(formats)
        let summaryBy = arguments.list("summary-by")
        if arguments.values["summary-by"] != nil, summaryBy.isEmpty { throw .usage("--summary-by: give one or more column names, comma-separated") }
        if arguments.values["date-column"] != nil, summaryBy.isEmpty { throw .usage("--date-column applies to --summary-by") }
        if summaryBy.isEmpty, format == .table { throw .usage("--format table prints the --summary-by totals; rows print as csv, ndjson or json") }
        if !summaryBy.isEmpty, format == .ndjson { throw .usage("--summary-by prints table, csv, json or html") }
        var digest = format == .html || !summaryBy.isEmpty ? BatchDigest(groupBy: summaryBy, dateColumn: arguments.values["date-column"]) : nil
        let defaults = try arguments.jobSpec()
        let maxErrors = try arguments.integer("max-errors", minimum: 0) ?? 20
        let budget = try arguments.budget()
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        var sacct = try SacctInput.load(arguments, path: path, defaults: defaults, console: console)
        // sacct input is read whole (and sniffed) by SacctInput; its batch header is ours.
        let input = sacct == nil ? try console.files.open(path) : nil
        defer { input?.close() }
        let name = path == "-" ? "<stdin>" : path
        if let input {
            let prefix = try input.peek(InputSniffer.prefixLength)
            do throws(DataError) {
                try InputSniffer.checkText(prefix, name: name, sink: "| footprint batch -")
                try InputSniffer.checkBatchHeader(prefix, name: name)
            } catch {
                throw .data(error)
            }
        }
        let file = try arguments.values["output"].flatMap { output throws(CLIError) in try OutputFiles.open(output) }
        var reported = 0
        let clock = ProgressClock(enabled: console.errIsTerminal)
        let summary: BatchSummary?
        do {
            summary = try BatchStream.run(
                catalog: catalog, defaults: defaults, format: digest == nil ? format : .csv,
                read: { buffer in try sacct?.read(into: buffer) ?? input!.read(into: buffer) },
                write: { bytes in
                    if digest != nil { try digest!.consume(bytes) } else if let file { try file.write(bytes) } else { console.out.write(bytes: bytes) }
                },
                report: { error in
                    digest?.record(error)
                    reported += 1
                    let line = sacct?.conversion.sourceLine(ofBatchLine: error.line) ?? error.line
                    if reported <= maxErrors { console.err.write("\(name):\(line): error: \(error.message)\n") }
                },
                progress: { rows in clock.report(rows: rows, to: console.err) })
            clock.finish(to: console.err)
            if digest != nil {
                try digest!.finish()
                let text = switch format {
                case .html: digest!.html(source: name)
                case .json, .ndjson: digest!.summaryJSON.rendered() + "\n"
                case .table: digest!.summaryTable
                case .csv: digest!.summaryCSV
                }
                if let file { try file.write(Array(text.utf8)) } else { console.out.write(text) }
            }
        } catch {
            file?.discard()
            switch error {
            case let error as CLIError: throw error
            case let error as JobError: throw .data(DataError(file: name, line: 1, message: error.description))
            default: throw .unreadable(path: path, reason: "\(error)")
            }
        }
        guard let summary else {
            file?.discard()
            throw .data(DataError(file: name, line: 1, message: "the file is empty: a header row is expected"))
        }
        try file?.commit()
        if reported > maxErrors { console.err.write("… and \(reported - maxErrors) more row errors\n") }
        if summary.earlierResults > 0 {
            console.err.write(
                "note: the last \(summary.earlierResults) columns are an earlier batch's results: passed through, "
                    + "not read (the rows are estimated afresh)\n")
        }
        if !summary.renamedResults.isEmpty {
            console.err.write(
                "note: the input has columns named like result columns, so the results are written as "
                    + "\(summary.renamedResults.joined(separator: ", "))\n")
        }
        if !summary.unusedLookalikes.isEmpty {
            console.err.write(
                "note: columns not used (passed through unchanged): \(summary.unusedLookalikes.joined(separator: ", ")); "
                    + "see the README for the batch columns\n")
        }
        if summary.worldAverage > 0 {
            let world = catalog.worldSite.intensity.value
            console.err.write(
                "note: \(summary.worldAverage) of \(summary.rows) rows give no region, location or intensity, so they use the world average "
                    + "(\(NumberFormat.readable(world, digits: 4)) gCO2e/kWh); their error cell says so; --region or --location places them\n")
        }
        if summary.countAssumed > 0 {
            console.err.write(
                "note: \(summary.countAssumed) of \(summary.rows) rows have an empty count cell, so 1 device is counted for each; "
                    + "their error cell says so; --count sets the default\n")
        }
        console.err.write(
            "rows: \(summary.rows), ok: \(summary.ok), errors: \(summary.errors), "
                + "energy: \(NumberFormat.readable(summary.energyKWh, digits: 6)) kWh, "
                + "CO2e: \(NumberFormat.readable(summary.co2eKg, digits: 6)) kg\n")
        if summary.errors > 0 { return CLIError.rowsFailed(summary.errors).exitCode }
        if let budget {
            let used = budget.quantity == .co2eKg ? summary.co2eKg : summary.energyKWh
            if used > budget.limit { return BudgetCheck.exceeded(budget, used: used, console: console) }
        }
        return 0
    }
}

/// A progress line on a terminal's stderr for long runs: rows and rows per second,
/// rewritten in place, shown only after the first second.
final class ProgressClock {
    private let enabled: Bool
    private let started = ProgressClock.now()
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func report(rows: Int, to sink: TextSink) {
        guard enabled else { return }
        let elapsed = Self.now() - started
        guard elapsed >= 1 else { return }
        shown = true
        sink.write("\r\(rows) rows, \(Int(Double(rows) / elapsed)) rows/s")
        sink.flush()
    }

    func finish(to sink: TextSink) {
        if shown { sink.write("\n") }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
