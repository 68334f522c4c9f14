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
        let spec = try JobSpec.parsing([.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
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
        let spec = try JobSpec.parsing([.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let job = try catalog.job(for: spec)
        let ranking = Ranking(job: job, sites: catalog.sites(matching: SiteFilter()), baseline: job.estimate())
        let library = try object(try JSONEncoder().encode(ranking.alternatives[0]))
        let commandKeys = Set(try #require(command).keys)
        #expect(Set(library.keys).isSubset(of: commandKeys), "\(Set(library.keys).subtracting(commandKeys))")
        #expect(library["id"] as? String == command?["id"] as? String)
    }
}
