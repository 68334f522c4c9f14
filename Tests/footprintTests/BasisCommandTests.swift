import Testing
@testable import footprint

/// `--basis` and `--intensity-source` through the commands (issue 10).
struct BasisCommandTests {
    func bases(_ arguments: [String]) -> [String] {
        let run = runCLI(arguments)
        return run.out.split(separator: "\n").filter { $0.contains("\"basis\":") }.map(String.init)
    }

    @Test func locationsCarryTheirBasis() {
        let lifecycle = bases(["locations", "--format", "json"])
        #expect(lifecycle.count == 571)
        #expect(lifecycle.allSatisfy { $0.contains("\"lifecycle\"") })
        let direct = bases(["locations", "--basis", "direct", "--format", "json"])
        #expect(direct.count == 571)
        #expect(direct.allSatisfy { $0.contains("\"direct\"") })
    }

    @Test func reportSourcesAndAlternativesNameTheBasis() {
        let run = runCLI(["estimate", "--power", "1000", "--hours", "10", "--region", "aws:us-east-1", "--basis", "direct", "--format", "json"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("\"basis\": \"direct\""))
        let table = runCLI(["estimate", "--power", "1000", "--hours", "10", "--region", "aws:us-east-1"])
        #expect(table.out.contains("(2023; lifecycle)"))
        let ranked = runCLI(["regions", "--power", "1000", "--hours", "10", "--limit", "3", "--format", "csv"])
        #expect(ranked.out.hasPrefix("rank,id,provider,kind,country,basis,"))
        #expect(ranked.out.contains(",lifecycle,"))
    }

    @Test func providerFiguresOnRequest() {
        let run = runCLI(["estimate", "--power", "1000", "--hours", "1", "--pue", "1", "--region", "gcp:us-west1", "--intensity-source", "provider", "--format", "json"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("\"intensity_g_per_kwh\": 79.23,"))
        #expect(run.out.contains("\"intensity_from\": \"provider\""))
        #expect(runCLI(["locations", "--basis", "operational"]).code == 64)
    }
}
