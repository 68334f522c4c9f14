import Testing
@testable import footprint

/// Budgets, citations and the impact keys of `estimate --format json`.
struct ImpactCommandsTests {
    let job = ["--hardware", "A100 SXM4 80GB", "--count", "8", "--hours", "72", "--region", "aws:us-east-1"]

    @Test func jsonCarriesTheImpactKeys() {
        let run = runCLI(["estimate"] + job + ["--requests", "1000", "--format", "json"])
        #expect(run.code == 0)
        for key in ["water_l", "water_onsite_l", "water_offsite_l", "embodied_co2e_kg", "co2e_kg_low", "co2e_kg_high", "equivalents", "co2e_g_per_request"] {
            #expect(run.out.contains("\"\(key)\":"), "missing \(key)")
        }
    }

    @Test func budgetExceededExits3AndWithinExits0() {
        let over = runCLI(["estimate"] + job + ["--budget", "50kg"])
        #expect(over.code == 3)
        #expect(over.err.contains("budget exceeded"))
        #expect(runCLI(["estimate"] + job + ["--budget", "1t"]).code == 0)
        #expect(runCLI(["estimate"] + job + ["--budget", "lots"]).code == 64)
    }

    @Test func budgetVerbGivesMaxHours() {
        // 8 × 400 W × 1.15 PUE = 3.68 kW; at the region's intensity I, 50 kg fits 50000 / (3.68 × I) hours.
        let run = runCLI(["budget", "--budget", "50kg", "--hardware", "A100 SXM4 80GB", "--count", "8", "--region", "aws:us-east-1", "--format", "json"])
        #expect(run.code == 0)
        #expect(run.out.contains("\"max_hours\": 43.72"))  // I = 310.76 g/kWh (SRVC lifecycle)
        #expect(runCLI(["budget", "--hardware", "A100 SXM4 80GB"]).code == 64)
    }

    @Test func citeMarkdown() {
        let run = runCLI(["estimate"] + job + ["--cite", "markdown"])
        #expect(run.code == 0)
        #expect(run.out.hasPrefix("Experiments were conducted using 8 × A100 SXM4 80GB"))
        #expect(runCLI(["estimate"] + job + ["--cite", "word"]).code == 64)
    }
}
