import Testing
@testable import footprint

/// `footprint estimate` end to end, in-process: output and exit codes.
struct EstimateCommandTests {
    @Test func seedExampleAsJSON() {
        let run = runCLI(["estimate", "--power", "250", "--hours", "100", "--intensity", "560", "--pue", "1", "--format", "json"])
        #expect(run.code == 0)
        #expect(run.out.contains("\"energy_kwh\": 25,"))
        #expect(run.out.contains("\"co2e_kg\": 14,"))
        #expect(run.err.isEmpty)
    }

    @Test func readableTableForEightA100s() {
        let run = runCLI(["estimate", "--hardware", "A100 SXM4 80GB", "--count", "8", "--hours=72", "--region", "aws:us-east-1"])
        #expect(run.code == 0)
        for text in ["8 × A100 SXM4 80GB", "aws:us-east-1", "kWh", "kg CO2e", "gCO2e/kWh", "PUE", "eGRID"] {
            #expect(run.out.contains(text), "missing \(text)")
        }
    }

    @Test func csvHasHeaderAndOneRow() {
        let run = runCLI(["estimate", "--power", "100", "--hours", "10", "--location", "FR", "--format", "csv"])
        #expect(run.code == 0)
        #expect(run.out.split(separator: "\n").count == 2)
        #expect(run.out.contains(",FR,"))
    }

    @Test func usageErrorsExit64WithSuggestions() {
        let typo = runCLI(["estimate", "--hardwre", "A100 SXM4 80GB", "--hours", "1"])
        #expect(typo.code == 64)
        #expect(typo.err.contains("did you mean '--hardware'?"))
        let badNumber = runCLI(["estimate", "--power", "100", "--hours", "ten"])
        #expect(badNumber.code == 64)
        #expect(badNumber.err.contains("--hours: 'ten' is not a number"))
        let missing = runCLI(["estimate", "--power", "100"])
        #expect(missing.code == 64)
        let format = runCLI(["estimate", "--power", "1", "--hours", "1", "--format", "jsn"])
        #expect(format.code == 64)
        #expect(format.err.contains("did you mean 'json'?"))
        #expect(runCLI(["estimat"]).code == 64)
        #expect(runCLI(["estimat"]).err.contains("did you mean 'estimate'?"))
    }

    @Test func unknownNamesExit65WithSuggestions() {
        let run = runCLI(["estimate", "--hardware", "H100 SXM6 80GB", "--hours", "1"])
        #expect(run.code == 65)
        #expect(run.err.contains("--hardware: unknown hardware 'H100 SXM6 80GB'; did you mean 'H100 SXM5 80GB'"))
        let region = runCLI(["estimate", "--power", "1", "--hours", "1", "--region", "aws:us-east-9"])
        #expect(region.code == 65)
        #expect(region.err.contains("did you mean 'aws:us-east-1'"))
    }

    @Test func unreadableDataDirectoryExits66() {
        let run = runCLI(["estimate", "--power", "1", "--hours", "1", "--data", "/nonexistent/footprint-data"])
        #expect(run.code == 66)
        #expect(run.err.contains("cannot read '/nonexistent/footprint-data'"))
    }

    @Test func helpGoesToStdoutWithExit0() {
        let run = runCLI(["estimate", "--help"])
        #expect(run.code == 0)
        #expect(run.out.contains("--hardware NAME"))
        #expect(runCLI([]).out.contains("Commands:"))
    }
}
