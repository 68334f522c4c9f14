import Testing
@testable import footprint

/// `footprint hardware` and `footprint locations`.
struct CatalogCommandsTests {
    @Test func hardwareSearchAsJSON() {
        let run = runCLI(["hardware", "h100", "--kind", "gpu", "--format", "json"])
        #expect(run.code == 0)
        for key in ["\"id\":", "\"name\":", "\"kind\": \"gpu\"", "\"max_power_watts\":", "\"source\":", "\"year\":"] {
            #expect(run.out.contains(key), "missing \(key)")
        }
        #expect(run.out.contains("H100 SXM5 80GB"))
        #expect(!run.out.contains("\"kind\": \"cpu\""))
    }

    @Test func hardwareTableIsLimited() {
        let run = runCLI(["hardware", "--kind", "cpu"])
        #expect(run.code == 0)
        #expect(run.out.contains("more; narrow the search or use --limit 0"))
        #expect(runCLI(["hardware", "--kind", "gpus"]).code == 64)
    }

    @Test func locationsFilterByProviderAndKind() {
        let run = runCLI(["locations", "--provider", "gcp", "--format", "json"])
        #expect(run.code == 0)
        #expect(run.out.contains("\"provider\": \"gcp\""))
        #expect(!run.out.contains("\"provider\": \"aws\""))
        #expect(run.out.contains("\"intensity_g_per_kwh\":"))
        let countries = runCLI(["locations", "--kind", "country", "--continent", "europe", "--format", "csv"])
        #expect(countries.out.contains("\nFR,country,France,"))
        #expect(!countries.out.contains("\nUS,"))
    }
}
