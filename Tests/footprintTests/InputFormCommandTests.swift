import Testing
@testable import footprint

/// Inputs as people have them on the command line: durations and percentages.
struct InputFormCommandTests {
    @Test func durationOptionAndPercentage() {
        let run = runCLI(["estimate", "--power", "1000", "--duration", "2-04:00:00", "--utilization", "60%", "--intensity", "100", "--pue", "1", "--format", "json"])
        #expect(run.code == 0)
        #expect(run.out.contains("\"energy_kwh\": 31.2,"))   // 1 kW × 52 h × 0.6
        #expect(run.out.contains("\"hours\": 52,"))
    }

    @Test func hoursAndDurationThatDifferAreAUsageError() {
        let run = runCLI(["estimate", "--power", "1000", "--hours", "48", "--duration", "3d"])
        #expect(run.code == 64)
        #expect(run.err.contains("duration: gives 72 h but hours gives 48: give one of duration and hours"))
    }

    @Test func badDurationNamesTheOptionAndValue() {
        let run = runCLI(["estimate", "--power", "1000", "--duration", "3 weeks"])
        #expect(run.code == 64)
        #expect(run.err.contains("duration: '3 weeks' is not a duration"))
    }

    @Test func whenTakesADuration() {
        let run = runCLI(["when", "--series", "Tests/Fixtures/timeshift/synthetic_hourly_intensity.csv", "--zone", "ZONE_SOLAR", "--power", "3200", "--pue", "1.2", "--duration", "4h", "--format", "json"])
        #expect(run.code == 0)
        #expect(run.out.contains("\"hours\": 4"))
    }

    @Test func helpListsDuration() {
        let run = runCLI(["estimate", "--help"])
        #expect(run.out.contains("--duration DURATION"))
        #expect(run.out.contains("60%"))
    }
}

/// `footprint batch` with headers it cannot use and rows placed nowhere.
extension BatchCommandTests {
    @Test func unusableHeaderIsOneErrorNamingTheColumns() {
        let directory = temporaryDirectory()
        write("gpu_kind,runtime,count\nA100,1,1\nA100,2,1\n", to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv"])
        #expect(run.code == 65)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("/jobs.csv:1: hardware: no column gives hardware, power,"))
        #expect(run.err.contains("columns not used: gpu_kind, runtime — did you mean 'hardware' for 'gpu_kind', 'duration' for 'runtime'?"))
        #expect(run.err.split(separator: "\n").count == 1)
    }

    @Test func worldAverageRowsAreNotedOnceOnStderr() {
        let directory = temporaryDirectory()
        write("power,hours,location\n1000,1,\n1000,2,\n1000,1,FR\n", to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv"])
        #expect(run.code == 0)
        #expect(run.out.components(separatedBy: ",ok,note: no region, location or intensity given").count == 1)   // CSV-quoted
        #expect(run.out.components(separatedBy: "\"note: no region, location or intensity given, so the world average is used\"").count == 3)
        #expect(run.err.components(separatedBy: "note: 2 of 3 rows give no region, location or intensity").count == 2)
    }
}

/// `footprint when` with series as people have them.
extension WhenCommandTests {
    static let fixtures = "Tests/Fixtures/timeshift/"

    @Test func catsSampleNeedsNoZone() {
        let run = runCLI(["when", "--series", Self.fixtures + "upstream/cats_carbon_intensity_24h.csv", "--power", "1000", "--pue", "1", "--duration", "1h", "--format", "json"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("\"zone\": \"series\""))
    }

    @Test func nationalGridExportIsDetected() {
        let run = runCLI(["when", "--series", Self.fixtures + "upstream/bluehands_uk_carbonintensity-api-format.json", "--power", "1000", "--pue", "1", "--hours", "2", "--format", "json"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("\"series_format\": \"national-grid\""))
        #expect(run.out.contains("\"zone\": \"GB\""))
    }

    @Test func localTimesNeedTimezone() {
        let series = Self.fixtures + "local_time_single_zone.csv"
        let refused = runCLI(["when", "--series", series, "--power", "1000", "--pue", "1", "--hours", "2"])
        #expect(refused.code == 65)
        #expect(refused.err.contains("has no offset") && refused.err.contains("--timezone"))
        // Lowest two hours: 03:00 (100) and 04:00 (110) local; London is UTC+1 in June.
        let london = runCLI(["when", "--series", series, "--power", "1000", "--pue", "1", "--hours", "2", "--timezone", "Europe/London"])
        #expect(london.code == 0, "\(london.err)")
        #expect(london.out.contains("best start                        2024-06-03T02:00:00Z"))
        let fixed = runCLI(["when", "--series", series, "--power", "1000", "--pue", "1", "--hours", "2", "--timezone", "UTC"])
        #expect(fixed.out.contains("2024-06-03T03:00:00Z"))
        let unknown = runCLI(["when", "--series", series, "--power", "1000", "--hours", "2", "--timezone", "Mars/Olympus"])
        #expect(unknown.code == 64)
        #expect(unknown.err.contains("--timezone: unknown time zone 'Mars/Olympus'"))
    }
}
