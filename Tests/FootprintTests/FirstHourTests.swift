import Testing
@testable import Footprint

/// Library side of issue 11, section 2: per-token figures and labels read mid-sentence.
struct FirstHourTests {
    let catalog = try! Catalog.builtIn()

    @Test func gramsPerTokenOfTheReportedTotal() throws {
        // 2 runs × (1e6 tokens × 3.6 J = 1 kWh) × PUE 1.5 × 200 g = 600 g over 2e6 tokens.
        let spec = try JobSpec(parsing: [.tokens: "1000000", .joulesPerToken: "3.6", .runs: "2", .pue: "1.5", .intensity: "200"])
        let estimate = Estimator.estimate(try catalog.job(for: spec))
        let impacts = Impacts(of: estimate, in: catalog, includeEmbodied: false)
        #expect(impacts.tokens == 2_000_000)
        expectClose(try #require(impacts.gramsPerToken(of: estimate)), 0.0003)
    }

    @Test func phraseLowersTheFirstLetterButNotAcronyms() throws {
        let tree = try #require(catalog.equivalents.first { $0.label.hasPrefix("Months") })
        #expect(tree.phrase == "months of CO2 uptake by one tree")
        let factor = Factor(1, Provenance(source: "s", year: nil, table: nil))
        #expect(Equivalent(id: "x", label: "US homes powered for a day", gramsPerUnit: factor, unit: "day").phrase == "US homes powered for a day")
    }

    @Test func filterNamesResolveOrExplain() throws {
        #expect(try catalog.countryCode(named: "Germany") == "DE")
        #expect(try catalog.countryCode(named: "Deutschland") == "DE")
        #expect(try catalog.countryCode(named: "fr") == "FR")
        #expect(try catalog.continent(named: "north america") == "North America")
        #expect(throws: JobError.self) { try catalog.continent(named: "europa") }
        #expect(throws: JobError.self) { try catalog.countryCode(named: "Atlantis") }
    }
}
