import Foundation
import Footprint
import Testing

/// `JSONEncoder` on the library's results gives the command's documented JSON keys and values.
struct EncodableKeysTests {
    let catalog = try! Catalog.builtIn()
    let arguments = ["--hardware", "A100 SXM4 80GB", "--count", "8", "--hours", "72", "--region", "aws:us-east-1"]

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func estimateKeysAreTheCommandsKeys() throws {
        let run = runCLI(["estimate"] + arguments + ["--format", "json"])
        #expect(run.code == 0)
        let command = try object(Data(run.out.utf8))
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let library = try object(try JSONEncoder().encode(try catalog.job(for: spec).estimate()))
        #expect(Set(library.keys).isSubset(of: Set(command.keys)), "\(Set(library.keys).subtracting(command.keys))")
        #expect(library.count == 8)
        for key in ["energy_kwh", "co2e_kg", "intensity_g_per_kwh", "pue", "hours"] {
            let mine = try #require(library[key] as? Double), theirs = try #require(command[key] as? Double)
            #expect(abs(mine - theirs) <= 1e-9 * abs(theirs), "\(key): \(mine) vs \(theirs)")
        }
        let breakdown = try #require(library["breakdown"] as? [String: Any]), commandBreakdown = try #require(command["breakdown"] as? [String: Any])
        #expect(Set(breakdown.keys).isSubset(of: Set(commandBreakdown.keys)))
        let sources = try #require(library["sources"] as? [[String: Any]]), commandSources = try #require(command["sources"] as? [[String: Any]])
        #expect(Set(sources.flatMap(\.keys)) == Set(commandSources.flatMap(\.keys)))
        #expect(sources.map { $0["factor"] as? String } == commandSources.prefix(sources.count).map { $0["factor"] as? String })
    }

    @Test func alternativeKeysAreTheCommandsKeys() throws {
        let run = runCLI(["regions"] + arguments + ["--limit", "1", "--format", "json"])
        #expect(run.code == 0)
        let command = try #require(try object(Data(run.out.utf8))["alternatives"] as? [[String: Any]]).first
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let job = try catalog.job(for: spec)
        let ranking = Ranking(job: job, sites: catalog.sites(matching: SiteFilter()), baseline: job.estimate())
        let library = try object(try JSONEncoder().encode(ranking.alternatives[0]))
        let commandKeys = Set(try #require(command).keys)
        #expect(Set(library.keys).isSubset(of: commandKeys), "\(Set(library.keys).subtracting(commandKeys))")
        #expect(library["id"] as? String == command?["id"] as? String)
    }

    @Test func impactsKeysAndValuesAreTheCommands() throws {
        let run = runCLI(["estimate"] + arguments + ["--include-embodied", "--format", "json"])
        #expect(run.code == 0)
        let command = try object(Data(run.out.utf8))
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let impacts = Impacts(of: try catalog.job(for: spec).estimate(), in: catalog, includeEmbodied: true)
        let library = try object(try JSONEncoder().encode(impacts))
        #expect(Set(library.keys).isSubset(of: Set(command.keys)), "\(Set(library.keys).subtracting(command.keys))")
        for key in ["co2e_kg_low", "co2e_kg_high", "embodied_co2e_kg", "water_l", "water_onsite_l", "water_offsite_l"] {
            let mine = try #require(library[key] as? Double), theirs = try #require(command[key] as? Double)
            #expect(abs(mine - theirs) <= 1e-9 * abs(theirs), "\(key): \(mine) vs \(theirs)")
        }
        // The embodied emissions are included: the high end is the operational 82.34 kg plus them.
        let embodied = try #require(library["embodied_co2e_kg"] as? Double)
        #expect(embodied > 0)
        expectNear(try #require(library["co2e_kg_high"] as? Double), 82.3389696 + embodied)
        #expect(library["includes_embodied"] as? Bool == true)
        let equivalents = try #require(library["equivalents"] as? [[String: Any]])
        let commandEquivalents = try #require(command["equivalents"] as? [[String: Any]])
        #expect(equivalents.map { $0["id"] as? String } == commandEquivalents.map { $0["id"] as? String })
        #expect(Set(equivalents.flatMap(\.keys)) == Set(commandEquivalents.flatMap(\.keys)))
        let breakdown = try #require(library["breakdown"] as? [String: Any]), commandBreakdown = try #require(command["breakdown"] as? [String: Any])
        #expect(Set(breakdown.keys) == ["embodied_device_kg", "embodied_host_kg"])
        #expect(Set(breakdown.keys).isSubset(of: Set(commandBreakdown.keys)))
    }

    @Test func rankingEncodesAsTheRegionsCommand() throws {
        let run = runCLI(["regions"] + arguments + ["--provider", "aws", "--limit", "0", "--format", "json"])
        #expect(run.code == 0)
        let command = try object(Data(run.out.utf8))
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let job = try catalog.job(for: spec)
        let ranking = Ranking(job: job, sites: catalog.sites(matching: SiteFilter(kinds: [.region], providers: ["aws"])), baseline: job.estimate())
        let library = try object(try JSONEncoder().encode(ranking))
        #expect(Set(library.keys) == Set(command.keys))
        let alternatives = try #require(library["alternatives"] as? [[String: Any]])
        let commandAlternatives = try #require(command["alternatives"] as? [[String: Any]])
        #expect(alternatives.count == commandAlternatives.count)
        #expect(alternatives.map { $0["id"] as? String } == commandAlternatives.map { $0["id"] as? String })
        #expect(Set(alternatives.flatMap(\.keys)) == Set(commandAlternatives.flatMap(\.keys)))
        for (mine, theirs) in zip(alternatives, commandAlternatives) {
            let kilograms = try #require(mine["co2e_kg"] as? Double), expected = try #require(theirs["co2e_kg"] as? Double)
            #expect(abs(kilograms - expected) <= 1e-9 * expected)
        }
        let own = try #require(library["job"] as? [String: Any])
        expectNear(try #require(own["co2e_kg"] as? Double), 82.3389696)
    }

    @Test func budgetFitEncodesAsTheBudgetCommand() throws {
        let run = runCLI(["budget", "--budget", "50kg", "--hardware", "A100 SXM4 80GB", "--count", "8", "--region", "aws:us-east-1", "--format", "json"])
        #expect(run.code == 0)
        let command = try object(Data(run.out.utf8))
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .region: "aws:us-east-1"])
        let fit = try Budget(parsing: "50kg").fit(spec, in: catalog)
        let library = try object(try JSONEncoder().encode(fit))
        #expect(Set(library.keys) == Set(command.keys))
        // 8 × 400 W × PUE 1.15 = 3.68 kWh per hour; × 310.8 g = 1.1437 kg per hour; 50 kg / that.
        let hours = try #require(library["max_hours"] as? Double)
        expectNear(hours, try #require(command["max_hours"] as? Double))
        expectNear(hours, 50 / (3.68 * 0.3108), relative: 1e-3)
    }

    @Test func budgetDecodesWhatItEncodes() throws {
        for budget in [try Budget(parsing: "50kg"), try Budget(parsing: "2MWh")] {
            let data = try JSONEncoder().encode(budget)
            #expect(try JSONDecoder().decode(Budget.self, from: data) == budget)
        }
        let decoded = try JSONDecoder().decode(Budget.self, from: Data(#"{"limit": 1.5, "unit": "kWh"}"#.utf8))
        #expect(decoded == Budget(limit: 1.5, quantity: .energyKWh))
        for bad in [#"{"limit": 0, "unit": "kWh"}"#, #"{"limit": 5, "unit": "t"}"#, #"{"limit": -1, "unit": "kg CO2e"}"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(Budget.self, from: Data(bad.utf8)) }
        }
    }

    @Test func resultsOfTheSameInputsAreEqual() throws {
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let estimate = try catalog.job(for: spec).estimate()
        #expect(estimate == (try catalog.job(for: spec).estimate()))
        var elsewhere = spec
        elsewhere.region = "aws:eu-north-1"
        #expect(estimate != (try catalog.job(for: elsewhere).estimate()))
        var longer = spec
        longer.hours = 73
        #expect(estimate != (try catalog.job(for: longer).estimate()))
        let impacts = Impacts(of: estimate, in: catalog, includeEmbodied: false)
        #expect(impacts == Impacts(of: estimate, in: catalog, includeEmbodied: false))
        #expect(impacts != Impacts(of: estimate, in: catalog, includeEmbodied: true))
        #expect(BestAlternatives(to: estimate, in: catalog) == BestAlternatives(to: estimate, in: catalog))
    }
}
