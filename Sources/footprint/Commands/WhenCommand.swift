import Footprint

/// `footprint when`: when (and where) should this job run? The best window of a carbon-
/// intensity series, or a pause-and-resume plan, with the saving against starting at once.
///
/// The job options are `estimate`'s but `--intensity`: they give the facility energy per hour (PUE from
/// `--pue`, or `--region`/`--location`, which supply nothing else here: the intensity
/// comes from the series). The library has no clock, so "now" is `--from`, which defaults
/// to the first timestamp of the series.
enum WhenCommand: Command {
    static let name = "when"
    static let summary = "Find the best time (and zone) to run a job in a carbon-intensity series, with the saving against starting at --from"
    static let usage = "--series FILE|- --hours H|--duration D [--zone Z] [job options as for estimate, but --intensity] [--from T] [--deadline T] "
        + "[--interruptible | --below G] [--series-format FORMAT] [--interpolation step|linear]"
    static var options: [OptionSpec] {
        [
            OptionSpec(name: "series", valueName: "FILE", help: "intensity series to search (- for stdin); see --series-format"),
            OptionSpec(name: "zone", valueName: "Z", help: "zone of the series to search (default: every zone; the best zone and time together); names the zone of a series without a zone column"),
            TimeZoneOption.spec,
            OptionSpec(name: "from", valueName: "T", help: "earliest start, ISO 8601 with Z or an offset (default: the series' first timestamp); \"start now\" means starting here"),
            OptionSpec(name: "deadline", valueName: "T", help: "latest end of the job, ISO 8601 with Z or an offset (default: the end of the series)"),
            OptionSpec(name: "interruptible", valueName: nil, help: "the job may pause and resume: run in the cheapest hours before the deadline"),
            OptionSpec(name: "below", valueName: "G", help: "run only while intensity < G gCO2e/kWh, pausing otherwise, until done"),
            OptionSpec(
                name: "series-format", valueName: "FORMAT",
                help: "auto (default: by content), csv (timestamp,zone,intensity_g_per_kwh and common variants such as CATS'), carbon-aware, national-grid, energi-data-service, electricity-maps"),
            OptionSpec(name: "interpolation", valueName: "step|linear", help: "values hold over their interval (step, default) or join linearly; windows only"),
        ] + OptionSpec.jobOptions.filter { $0.name != JobField.intensity.name } + [.data, .format(formats)]
    }
    static let maxPositionals = 0
    static let formats: [ReportFormat] = [.table, .json, .csv, .html]
    static let examples = [
        "footprint when --series Examples/synthetic_hourly_intensity.csv --zone ZONE_SOLAR --power 3200 --pue 1.2 --hours 4",
        "footprint when --series Examples/synthetic_hourly_intensity.csv --zone ZONE_SOLAR --hardware \"A100 SXM4 80GB\" --count 8 --hours 4 --from 2024-06-03T20:00:00Z --deadline 2024-06-04T12:00:00Z --format json",
        "footprint when --series Examples/synthetic_hourly_intensity.csv --power 3200 --hours 6 --below 150",
    ]

    /// The series formats `--series-format` accepts.
    enum SeriesFormat: String, CaseIterable {
        case auto, csv
        case carbonAware = "carbon-aware"
        case energiDataService = "energi-data-service"
        case electricityMaps = "electricity-maps"
        case nationalGrid = "national-grid"
    }

    /// What the job runs as: one window, pause-and-resume, or below a threshold.
    enum Mode {
        case window, interruptible, below(Double)
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        // Arguments first (64), then the catalog and the file (65, 66), then the search (65).
        let format = try arguments.format(formats)
        guard let path = arguments.values["series"] else { throw .usage("missing --series FILE (or --series - for stdin)") }
        let requestedFormat = try choice("series-format", default: SeriesFormat.auto, among: SeriesFormat.allCases, arguments)
        let interpolation = try choice("interpolation", default: Interpolation.step, among: [.step, .linear], arguments)
        let earliestStart = try timestamp("from", arguments)
        let latestEnd = try timestamp("deadline", arguments)
        let mode = try runMode(arguments, interpolation: interpolation)
        let zone = arguments.values["zone"]
        if let zone, zone.isEmpty { throw .usage("--zone is empty") }
        let timezone = try TimeZoneOption.rule(arguments)
        let spec = try arguments.jobSpec()
        let runHours: Double?
        do throws(JobError) { runHours = try spec.runHours() } catch { throw .job(error) }
        guard let hours = runHours else { throw .usage("--hours: missing: how many hours does the job run? (or --duration, e.g. 90m)") }
        guard hours > 0 else { throw .usage("--hours: the job must run for more than 0 hours") }
        if let runs = spec.runs, runs != 1 { throw .usage("--runs: 'when' places one run (give --runs 1 or leave it out)") }

        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let job: Job
        do throws(JobError) { job = try catalog.job(for: spec) } catch { throw .job(error) }
        let query: TimeShiftQuery
        do throws(TimeShiftError) {
            query = try TimeShiftQuery(job: job, zone: zone, earliestStart: earliestStart, latestEnd: latestEnd, interpolation: interpolation)
        } catch {
            throw failure(error, series: nil)
        }

        let bytes = try console.files.read(path)
        let name = path == "-" ? "<stdin>" : path
        do throws(DataError) { try InputSniffer.checkText(bytes, name: name, sink: "| footprint when --series - ...") } catch {
            throw .data(error)
        }
        let seriesFormat = requestedFormat == .auto ? detect(bytes, path: path) : requestedFormat
        let series: IntensitySeries
        do throws(TimeShiftError) {
            switch seriesFormat {
            case .auto, .csv: series = try SeriesParser.parse(name: name, bytes: bytes, zone: zone, timezone: timezone)
            case .nationalGrid: series = try NationalGridImporter.parse(name: name, bytes: bytes, zone: zone)
            case .carbonAware: series = try CarbonAwareSDKImporter.parse(name: name, bytes: bytes, defaultZone: zone)
            case .energiDataService: series = try EnergiDataServiceImporter.parse(name: name, bytes: bytes)
            case .electricityMaps: series = try ElectricityMapsImporter.parse(name: name, bytes: bytes)
            }
        } catch {
            throw failure(error, series: nil)
        }
        if let zone, series.zone(zone) == nil { throw failure(.unknownZone(zone, available: series.zoneNames), series: series) }

        let result: JSONValue, table: String, csv: String, html: String
        do throws(TimeShiftError) {
            switch mode {
            case .window:
                let best = try series.bestWindow(for: query)
                let ranking = zone == nil && series.zones.count > 1 ? try series.bestWindowPerZone(for: query) : nil
                (result, table, csv, html) = (best.json(ranking: ranking), best.table(series: series, ranking: ranking), best.csv, best.html(series: series))
            case .interruptible:
                let plan = try InterruptibleSchedule.plan(query, in: series)
                (result, table, csv, html) = (plan.json, plan.table(series: series), plan.csv, plan.html(series: series))
            case let .below(threshold):
                let plan = try ThresholdSchedule.plan(query, threshold: threshold, in: series)
                (result, table, csv, html) = (plan.json, plan.table(series: series), plan.csv, plan.html(series: series))
            }
        } catch {
            throw failure(error, series: series)
        }

        switch format {
        case .json, .ndjson:
            guard case var .object(members) = result else { return 0 }
            members["facility_kwh_per_hour"] = .number(query.job.facilityKWhPerHour)
            members["pue"] = .number(job.pue)
            guard case var .object(inputs) = spec.json else { return 0 }
            inputs["series"] = .string(name)
            inputs["series_format"] = .string(seriesFormat.rawValue)
            inputs["zone"] = .optional(zone)
            inputs["from"] = .optional(earliestStart.map(Timestamp.iso8601))
            inputs["deadline"] = .optional(latestEnd.map(Timestamp.iso8601))
            inputs["interruptible"] = .bool(arguments.flags.contains("interruptible"))
            inputs["below_g_per_kwh"] = .optional(arguments.values["below"] == nil ? nil : threshold(of: mode))
            inputs["interpolation"] = .string(interpolation.rawValue)
            members["inputs"] = .object(inputs)
            console.out.write(JSONValue.object(members).rendered() + "\n")
        case .csv: console.out.write(csv)
        case .html: console.out.write(html)
        case .table:
            console.out.write(table)
            if earliestStart == nil {
                console.out.write("(\"start now\" is the series' first timestamp; give --from for another earliest start)\n")
            }
        }
        return 0
    }

    /// The threshold of a `.below` mode.
    private static func threshold(of mode: Mode) -> Double? {
        if case let .below(value) = mode { value } else { nil }
    }

    /// The value of a choice option, or `default` when absent; a usage error with a
    /// suggestion for anything else.
    private static func choice<Choice: RawRepresentable>(
        _ option: String, default value: Choice, among choices: [Choice], _ arguments: ParsedArguments
    ) throws(CLIError) -> Choice where Choice.RawValue == String {
        guard let text = arguments.values[option] else { return value }
        let names = choices.map(\.rawValue)
        if let choice = choices.first(where: { $0.rawValue == text.lowercased() }) { return choice }
        let hint = Suggestions.closest(to: text, among: names).first.map { "; did you mean '\($0)'?" } ?? ""
        throw .usage("--\(option): unknown value '\(text)'\(hint) (choose \(names.joined(separator: ", ")))")
    }

    /// A timestamp option in seconds since the epoch, or nil when absent.
    private static func timestamp(_ option: String, _ arguments: ParsedArguments) throws(CLIError) -> Int64? {
        guard let text = arguments.values[option] else { return nil }
        guard let seconds = Timestamp.parse(text) else {
            throw .usage("--\(option): '\(text)' is not an ISO 8601 time with Z or an offset (e.g. 2024-06-03T10:00:00Z)")
        }
        return seconds
    }

    /// The mode the flags ask for.
    private static func runMode(_ arguments: ParsedArguments, interpolation: Interpolation) throws(CLIError) -> Mode {
        let interruptible = arguments.flags.contains("interruptible")
        var mode = Mode.window
        if let text = arguments.values["below"] {
            guard !interruptible else { throw .usage("give either --interruptible or --below, not both (--below already pauses and resumes)") }
            let trimmed = text.trimmingCharacters()
            guard let value = Double(trimmed), value.isFinite, value >= 0, !trimmed.contains(where: { $0 == "x" || $0 == "X" }) else {
                throw .usage("--below: '\(text)' is not a number of gCO2e/kWh ≥ 0")
            }
            mode = .below(value)
        } else if interruptible {
            mode = .interruptible
        }
        if case .window = mode {} else if interpolation != .step {
            throw .usage("--interpolation \(interpolation.rawValue) applies to windows only; --interruptible and --below use the series' steps")
        }
        return mode
    }

    /// The series format of `bytes`: JSON (by content or a `.json` name) is a National Grid
    /// Carbon Intensity response when its `data` records hold `from` and `intensity`, else
    /// carbon-aware-sdk, unless it has `records` or `Minutes5UTC` (Energi Data Service); a CSV
    /// header with `Minutes5UTC` is Energi Data Service, one with Electricity Maps columns
    /// (`Zone Id`, `zone_name`, `Carbon Intensity …`, `carbon_intensity_…`) is
    /// electricity-maps; anything else the canonical CSV and its variants.
    static func detect(_ bytes: [UInt8], path: String) -> SeriesFormat {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        let opensJSON = i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "["))
        if opensJSON || path.lowercased().hasSuffix(".json") {
            if NationalGridImporter.recognizes(bytes) { return .nationalGrid }
            return contains(bytes[...], "\"records\"") || contains(bytes[...], "\"minutes5utc\"") ? .energiDataService : .carbonAware
        }
        let end = bytes[i...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
        let header = String(decoding: bytes[i..<end], as: UTF8.self).lowercased()
        if header.contains("minutes5utc") { return .energiDataService }
        let columns = header.split(separator: ",").map { $0.filter { $0 != " " && $0 != "\"" } }
        if header.contains("zone id") || header.contains("zone_id") || header.contains("zone name") || header.contains("zone_name")
            || header.contains("carbon intensity") || columns.contains(where: { $0.hasPrefix("carbon_intensity_") }) {
            return .electricityMaps
        }
        return .csv
    }

    /// Whether `bytes` contain the ASCII `needle`, ignoring the case of letters.
    private static func contains(_ bytes: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        var index = bytes.startIndex
        let last = bytes.endIndex - pattern.count
        while index <= last {
            if lower(bytes[index]) == first, pattern.indices.allSatisfy({ lower(bytes[index + $0]) == pattern[$0] }) { return true }
            index += 1
        }
        return false
    }

    /// The command's error for a time-shift failure: a usage error for a bad job or query
    /// (64); bad data, an unknown zone (with a suggestion), a deadline too soon or no
    /// window (65).
    private static func failure(_ error: TimeShiftError, series: IntensitySeries?) -> CLIError {
        switch error {
        case let .data(fault): return .data(fault)
        case let .invalidJob(message): return .usage("--hours: \(message)")
        case let .invalidQuery(message): return .usage(message)
        case let .unknownZone(zone, available):
            let hint = Suggestions.closest(to: zone, among: available).first.map { "did you mean '\($0)'? " } ?? ""
            let list = available.count <= 12 ? available.joined(separator: ", ") : available.prefix(12).joined(separator: ", ") + ", …"
            let file = series.map { " in \($0.name)" } ?? ""
            return .job(JobError(field: nil, message: "--zone: unknown zone '\(zone)'\(file); \(hint)the series has: \(list)", reason: .unknownName))
        default:
            return .job(JobError(field: nil, message: error.description, reason: .data))
        }
    }
}
