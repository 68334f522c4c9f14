import Foundation
import Footprint
import Testing

/// `Data/attributions.csv`: every licence a built-in table cites has its attribution, and
/// THIRD_PARTY_NOTICES.md covers every attributed source.
@Suite("Attributions")
struct AttributionTests {
    /// The repository root (`#filePath` → FootprintTests → Tests → root).
    static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    /// The licence names as the `source` cells of the tables spell them.
    static let licences = ["MIT", "CC BY 4.0", "Apache-2.0", "OGL-Canada", "MPL-2.0", "public domain"]

    @Test func builtInTableParsesWithUniqueIDsAndKnownTables() throws {
        let attributions = try Attribution.builtIn()
        #expect(attributions.count >= 12)
        #expect(Set(attributions.map(\.id)).count == attributions.count)
        let dataFiles = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Data").path)
        for attribution in attributions {
            #expect(!attribution.tables.isEmpty, "\(attribution.id) names no table")
            for table in attribution.tables {
                #expect(dataFiles.contains(table), "\(attribution.id) names \(table), which Data/ lacks")
            }
            #expect(attribution.sourceURL.hasPrefix("https://"))
            #expect((attribution.licenceURL == nil) == (attribution.licence == "public domain"), "\(attribution.id)")
        }
        let codecarbon = try #require(attributions.first { $0.id == "codecarbon" })
        #expect(codecarbon.licence == "MIT")
        #expect(codecarbon.attribution.contains("Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College"))
    }

    @Test func everyLicenceATableCitesIsAttributedForThatTable() throws {
        let attributions = try Attribution.builtIn()
        let tables = Set(attributions.flatMap(\.tables))
        #expect(tables.isSuperset(of: ["hardware.csv", "grids.csv", "regions.csv", "pue.csv", "constants.csv", "equivalents.csv", "water_offsite.csv"]))
        for table in try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Data").path)
        where table.hasSuffix(".csv") && table != Attribution.tableName {
            let text = try String(contentsOf: Self.root.appendingPathComponent("Data/" + table), encoding: .utf8)
            for licence in Self.licences where text.contains(licence) {
                #expect(
                    attributions.contains { $0.licence.hasPrefix(licence) && $0.tables.contains(table) },
                    "\(table) cites \(licence) data but attributions.csv has no \(licence) source for it")
            }
        }
    }

    @Test func thirdPartyNoticesCoverEverySource() throws {
        let notices = try String(contentsOf: Self.root.appendingPathComponent("THIRD_PARTY_NOTICES.md"), encoding: .utf8)
        for attribution in try Attribution.builtIn() {
            #expect(notices.contains(attribution.sourceURL), "THIRD_PARTY_NOTICES.md lacks \(attribution.sourceURL)")
            #expect(notices.contains(attribution.attribution), "THIRD_PARTY_NOTICES.md lacks the attribution of \(attribution.id)")
        }
        for text in ["Permission is hereby granted, free of charge", "Apache License", "Mozilla Public License", "Open Government Licence"] {
            #expect(notices.contains(text))
        }
    }
}
