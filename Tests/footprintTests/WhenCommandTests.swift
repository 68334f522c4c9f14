import Foundation
import Testing
@testable import footprint

/// Whether `actual` is within a relative tolerance of `expected` (absolute near zero).
func isNearValue(_ actual: Double?, _ expected: Double, relative: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= relative * max(1, abs(expected))
}

/// `footprint when`: the best window, the two schedules, exit codes, and the README's example series.
@Suite("footprint when")
struct WhenCommandTests {
    /// Hourly values from 2024-01-01T00:00Z in zone Z: 100, 300, 40, 250, 60, 400, 500, 80.
    ///
    /// With 1 kWh per hour (1000 W, PUE 1) for 2 h, by hand:
    /// - windows (start → mean): 00 → 200, 01 → 170, 02 → 145, 03 → 155, 04 → 230, 05 → 450,
    ///   06 → 290; best 02:00–04:00 at 145 g/kWh = 0.29 kg; start now (00:00) 200 g/kWh =
    ///   0.4 kg; saving 0.11 kg, 27.5 %; 7 candidate windows;
    /// - interruptible: the two cheapest hours, 02 (40) and 04 (60): mean 50, 0.1 kg, saving
    ///   0.3 kg, 75 %;
    /// - below 100: 00 (100) is not below; runs 02–03 and 04–05, completes 05:00, 1 h paused.
    static let series = """
        timestamp,zone,intensity_g_per_kwh
        2024-01-01T00:00:00Z,Z,100
        2024-01-01T01:00:00Z,Z,300
        2024-01-01T02:00:00Z,Z,40
        2024-01-01T03:00:00Z,Z,250
        2024-01-01T04:00:00Z,Z,60
        2024-01-01T05:00:00Z,Z,400
        2024-01-01T06:00:00Z,Z,500
        2024-01-01T07:00:00Z,Z,80

        """

    static let job = ["--power", "1000", "--pue", "1", "--hours", "2"]

    /// A fresh temporary directory.
    func temporaryDirectory() -> String {
        var template = Array("/tmp/footprint-when-XXXXXX".utf8CString)
        return String(cString: mkdtemp(&template)!)
    }

    /// `text` written to a new file in a fresh directory; its path.
    func file(_ text: String, named name: String = "series.csv") -> String {
        let path = temporaryDirectory() + "/" + name
        let handle = fopen(path, "w")!
        fputs(text, handle)
        fclose(handle)
        return path
    }

    /// The JSON object printed on stdout.
    func object(_ run: CLIRun) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(run.out.utf8))
        return try #require(value as? [String: Any], "stdout is not a JSON object: \(run.out)")
    }

    func number(_ object: [String: Any], _ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }

    /// The README's `when` example series, `Examples/synthetic_hourly_intensity.csv`, found
    /// from this file's path (Tests/footprintTests → Tests → repository root).
    static var readmeSample: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Examples/synthetic_hourly_intensity.csv").path
    }

    @Test func bestWindowAsJSON() throws {
        let run = runCLI(["when", "--series", file(Self.series), "--zone", "Z", "--format", "json"] + Self.job)
        #expect(run.code == 0, "\(run.err)")
        let json = try object(run)
        #expect(json["best_start"] as? String == "2024-01-01T02:00:00Z")
        #expect(json["best_end"] as? String == "2024-01-01T04:00:00Z")
        #expect(json["zone"] as? String == "Z")
        #expect(json["mode"] as? String == "window")
        #expect(isNearValue(number(json, "average_intensity_g_per_kwh"), 145))
        #expect(isNearValue(number(json, "now_average_intensity_g_per_kwh"), 200))
        #expect(isNearValue(number(json, "energy_kwh"), 2))
        #expect(isNearValue(number(json, "co2e_kg"), 0.29))
        #expect(isNearValue(number(json, "now_co2e_kg"), 0.4))
        #expect(isNearValue(number(json, "saving_kg"), 0.11))
        #expect(isNearValue(number(json, "saving_percent"), 27.5))
        #expect(json["candidate_windows"] as? Int == 7)
        #expect((json["gaps"] as? [Any])?.isEmpty == true)
        #expect(json["earliest_start"] as? String == "2024-01-01T00:00:00Z")
        #expect(json["latest_end"] as? String == "2024-01-01T08:00:00Z")
        let inputs = try #require(json["inputs"] as? [String: Any])
        #expect(inputs["zone"] as? String == "Z")
        #expect(isNearValue((inputs["hours"] as? NSNumber)?.doubleValue, 2))
        // Sorted keys.
        let keys = run.out.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test func interruptiblePlanTakesTheCheapestHours() throws {
        let run = runCLI(["when", "--series", file(Self.series), "--zone", "Z", "--interruptible", "--format", "json"] + Self.job)
        #expect(run.code == 0, "\(run.err)")
        let json = try object(run)
        let slots = try #require(json["slots"] as? [[String: Any]])
        #expect(slots.map { $0["start"] as? String } == ["2024-01-01T02:00:00Z", "2024-01-01T04:00:00Z"])
        #expect(slots.map { $0["end"] as? String } == ["2024-01-01T03:00:00Z", "2024-01-01T05:00:00Z"])
        #expect(isNearValue((slots.first?["intensity_g_per_kwh"] as? NSNumber)?.doubleValue, 40))
        #expect(isNearValue(number(json, "average_intensity_g_per_kwh"), 50))
        #expect(isNearValue(number(json, "co2e_kg"), 0.1))
        #expect(isNearValue(number(json, "saving_kg"), 0.3))
        #expect(isNearValue(number(json, "saving_percent"), 75))
        #expect(json["mode"] as? String == "interruptible")
    }

    @Test func belowThresholdRunsOnlyUnderIt() throws {
        let run = runCLI(["when", "--series", file(Self.series), "--zone", "Z", "--below", "100", "--format", "json"] + Self.job)
        #expect(run.code == 0, "\(run.err)")
        let json = try object(run)
        #expect(isNearValue(number(json, "threshold_g_per_kwh"), 100))
        #expect(json["first_run_start"] as? String == "2024-01-01T02:00:00Z")
        #expect(json["completion"] as? String == "2024-01-01T05:00:00Z")
        #expect(isNearValue(number(json, "run_hours"), 2))
        #expect(isNearValue(number(json, "paused_hours"), 1))
        #expect(isNearValue(number(json, "average_intensity_g_per_kwh"), 50))
    }

    @Test func tableShowsTheWindowTheSavingAndTheStrip() {
        let run = runCLI(["when", "--series", file(Self.series), "--zone", "Z"] + Self.job)
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("best start"))
        #expect(run.out.contains("2024-01-01T02:00:00Z"))
        #expect(run.out.contains("0.11 kg CO2e (27.5 %)"))
        #expect(run.out.contains("  ░▒██░▓▓░\n"), "\(run.out)")
        #expect(run.out.contains("Missing data: none"))
    }

    @Test func csvHasAHeaderAndOneRow() {
        let run = runCLI(["when", "--series", file(Self.series), "--zone", "Z", "--format", "csv"] + Self.job)
        #expect(run.code == 0, "\(run.err)")
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("zone,best_start,best_end,") == true)
        #expect(lines.last?.hasPrefix("Z,2024-01-01T02:00:00Z,2024-01-01T04:00:00Z,2,145,200,2,0.29,0.4,") == true)
    }

    @Test func deadlineShorterThanTheJobExits65() {
        let run = runCLI([
            "when", "--series", file(Self.series), "--zone", "Z", "--from", "2024-01-01T00:00:00Z", "--deadline", "2024-01-01T01:00:00+00:00",
        ] + Self.job)
        #expect(run.code == 65)
        #expect(run.err.contains("the job takes 2 h but only 1 h lie between"), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test func badFromIsAUsageError() {
        let run = runCLI(["when", "--series", file(Self.series), "--from", "tomorrow"] + Self.job)
        #expect(run.code == 64)
        #expect(run.err.contains("--from: 'tomorrow' is not an ISO 8601 time"), "\(run.err)")
    }

    @Test func missingFileExits66() {
        let run = runCLI(["when", "--series", temporaryDirectory() + "/missing.csv"] + Self.job)
        #expect(run.code == 66)
        #expect(run.err.contains("missing.csv"))
    }

    @Test func badDataExits65WithFileLineAndColumn() {
        let path = file("timestamp,zone,intensity_g_per_kwh\n2024-01-01T00:00:00Z,Z,100\n2024-01-01T01:00:00Z,Z,lots\n")
        let run = runCLI(["when", "--series", path] + Self.job)
        #expect(run.code == 65)
        #expect(run.err.contains("series.csv:3:3: "), "\(run.err)")
    }

    @Test func unknownZoneExits65WithASuggestion() {
        let run = runCLI(["when", "--series", file(Self.series.replacing(",Z,", with: ",ZONE_A,")), "--zone", "ZONE_B"] + Self.job)
        #expect(run.code == 65)
        #expect(run.err.contains("unknown zone 'ZONE_B'"))
        #expect(run.err.contains("did you mean 'ZONE_A'?"), "\(run.err)")
    }

    @Test func usageErrors() {
        let path = file(Self.series)
        #expect(runCLI(["when", "--series", path, "--power", "1000"]).code == 64)  // no --hours
        #expect(runCLI(["when", "--series", path, "--interruptible", "--below", "100"] + Self.job).code == 64)
        #expect(runCLI(["when", "--series", path, "--below", "lots"] + Self.job).code == 64)
        #expect(runCLI(["when", "--series", path, "--intensity", "100"] + Self.job).code == 64)
        #expect(runCLI(["when", "--series", path, "--series-format", "cvs"] + Self.job).err.contains("did you mean 'csv'?"))
        #expect(runCLI(["when"] + Self.job).code == 64)
    }

    @Test func helpListsTheOptionsAndExamples() {
        let run = runCLI(["when", "--help"])
        #expect(run.code == 0)
        #expect(run.out.contains("--deadline T"))
        #expect(run.out.contains("synthetic_hourly_intensity.csv"))
    }

    @Test func formatIsDetectedFromContent() {
        #expect(WhenCommand.detect(Array("{\"dataset\":\"CO2Emis\",\"records\":[]}".utf8), path: "x") == .energiDataService)
        #expect(WhenCommand.detect(Array("[{\"Location\":\"eastus\",\"Rating\":1}]".utf8), path: "x") == .carbonAware)
        #expect(WhenCommand.detect(Array("Minutes5UTC,Minutes5DK,PriceArea,CO2Emission\n".utf8), path: "x") == .energiDataService)
        #expect(WhenCommand.detect(Array("Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct)\n".utf8), path: "x") == .electricityMaps)
        #expect(WhenCommand.detect(Array("timestamp,zone,gco2_per_kwh\n".utf8), path: "x") == .csv)
    }

    /// The README example: `golden_best_window.csv`, case syn-zone_solar-4h (3.2 kW × PUE 1.2 for 4 h).
    @Test func readmeSampleMatchesTheGoldenWindow() throws {
        let path = Self.readmeSample
        try #require(access(path, R_OK) == 0, "the README's example series is missing at \(path)")
        let run = runCLI(["when", "--series", path, "--zone", "ZONE_SOLAR", "--power", "3200", "--pue", "1.2", "--hours", "4", "--format", "json"])
        #expect(run.code == 0, "\(run.err)")
        let json = try object(run)
        #expect(json["best_start"] as? String == "2024-06-04T10:00:00Z")
        #expect(json["candidate_windows"] as? Int == 69)
        #expect(isNearValue(number(json, "average_intensity_g_per_kwh"), 123.65))
        #expect(isNearValue(number(json, "now_average_intensity_g_per_kwh"), 380))
        #expect(isNearValue(number(json, "saving_percent"), 67.46, relative: 1e-4))
        #expect(isNearValue(number(json, "saving_kg"), 3.9375, relative: 1e-4))

        // Without --zone: the best zone and time together, with each zone ranked.
        let all = runCLI(["when", "--series", path, "--power", "3200", "--pue", "1.2", "--hours", "4", "--format", "json"])
        #expect(all.code == 0, "\(all.err)")
        let best = try object(all)
        #expect(best["zone"] as? String == "ZONE_HYDRO")
        #expect(best["best_start"] as? String == "2024-06-03T10:00:00Z")
        #expect((best["zones"] as? [Any])?.count == 4)
    }
}
