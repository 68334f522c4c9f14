@preconcurrency import Glibc
import Footprint

/// `footprint batch`: estimate every row of a CSV file, streaming, one output row per input row.
enum BatchCommand: Command {
    static let name = "batch"
    static let summary = "Estimate every job of a CSV file (one output row per input row, in order)"
    static let usage = "FILE|- [--output FILE] [--format csv|ndjson|json] [job options as defaults for empty cells]"
    static var options: [OptionSpec] {
        [
            OptionSpec(name: "output", valueName: "FILE", help: "write to FILE (atomically: complete or not at all) instead of stdout"),
            OptionSpec(name: "max-errors", valueName: "N", help: "print at most N row errors on stderr (default 20; the rest are counted)"),
            .budget, .data, .format(BatchProcessor.formats),
        ] + OptionSpec.jobOptions + IntensityViewOptions.options
    }
    static let maxPositionals = 1
    static let examples = [
        "footprint batch jobs.csv > estimates.csv",
        "footprint batch jobs.csv --region gcp:europe-west1 --format ndjson --output estimates.ndjson",
        "cat jobs.csv | footprint batch - --hours 24",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        guard let path = arguments.positionals.first else { throw .usage("missing the input FILE (or - for stdin)") }
        let format = try arguments.format(BatchProcessor.formats)
        let defaults = try arguments.jobSpec()
        let maxErrors = try arguments.integer("max-errors", minimum: 0) ?? 20
        let budget = try arguments.budget()
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let input = try console.files.open(path)
        defer { input.close() }
        let name = path == "-" ? "<stdin>" : path
        let prefix = try input.peek(InputSniffer.prefixLength)
        do throws(DataError) {
            try InputSniffer.checkText(prefix, name: name, sink: "| footprint batch -")
            try InputSniffer.checkBatchHeader(prefix, name: name)
        } catch {
            throw .data(error)
        }
        let file = try arguments.values["output"].flatMap { output throws(CLIError) in try OutputFiles.open(output) }
        var reported = 0
        let clock = ProgressClock(enabled: console.errIsTerminal)
        let summary: BatchSummary?
        do {
            summary = try BatchStream.run(
                catalog: catalog, defaults: defaults, format: format,
                read: { buffer in try input.read(into: buffer) },
                write: { bytes in if let file { try file.write(bytes) } else { console.out.write(bytes: bytes) } },
                report: { error in
                    reported += 1
                    if reported <= maxErrors { console.err.write("\(name):\(error.line): error: \(error.message)\n") }
                },
                progress: { rows in clock.report(rows: rows, to: console.err) })
            clock.finish(to: console.err)
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
