import Foundation
import Footprint
import Testing
@testable import footprint

/// `footprint sources` and what `footprint --version` says about the data's licences.
struct SourcesCommandTests {
    @Test func sourcesListsEveryAttribution() throws {
        let run = runCLI(["sources"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.err.isEmpty)
        for attribution in try Attribution.builtIn() {
            #expect(run.out.contains("\(attribution.source): \(attribution.licence)\n  \(attribution.attribution)\n"))
        }
        #expect(run.out.contains("CarbonTracker (saintslab/carbontracker): MIT\n  Copyright (c) 2020 Lasse F. Wolff Anthony & Benjamin Kanding\n"))
        #expect(run.out.contains("Contains information licensed under the Open Government Licence – Canada"))
        #expect(run.out.contains("  licence: https://creativecommons.org/licenses/by/4.0/\n"))
        #expect(run.out.contains("THIRD_PARTY_NOTICES.md"))
    }

    @Test func sourcesAsJSON() throws {
        let run = runCLI(["sources", "--format", "json"])
        #expect(run.code == 0, "\(run.err)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
        #expect(array.count == (try Attribution.builtIn()).count)
        let egrid = try #require(array.first { $0["id"] as? String == "us-epa-egrid" })
        #expect(egrid["licence"] as? String == "public domain")
        #expect(egrid["licence_url"] is NSNull)
        #expect(egrid["tables"] as? [String] == ["grids.csv"])
    }

    @Test func sourcesRejectsArgumentsAndOtherFormats() {
        #expect(runCLI(["sources", "codecarbon"]).code == 64)
        let csv = runCLI(["sources", "--format", "csv"])
        #expect(csv.code == 64)
        #expect(csv.err.contains("--format: unknown format 'csv'"))
    }

    @Test func versionPointsToTheSourcesAndNotices() {
        let run = runCLI(["--version"])
        #expect(run.code == 0)
        #expect(run.out.hasPrefix("footprint \(CLI.version)\n"))
        #expect(run.out.contains("third-party sources under their own licences"))
        #expect(run.out.contains("'footprint sources'"))
        #expect(run.out.contains("THIRD_PARTY_NOTICES.md"))
        #expect(runCLI(["--help"]).out.contains("  sources "))
    }
}
