import Testing
@testable import Footprint

/// A cloud region named exactly, and the world, come from the few built-in rows they need
/// as the same sites the full places part makes, in every view.
struct BuiltInPlacesTests {
    static let views = [
        IntensityView.standard, IntensityView(basis: .direct, source: .grid),
        IntensityView(basis: .lifecycle, source: .provider), IntensityView(basis: .direct, source: .provider),
    ]

    /// A built-in catalog of its own, so that no other test has read its parts yet.
    func freshCatalog(_ view: IntensityView = .standard) throws -> Catalog {
        try Catalog(TableLayers(builtIn: true, overlays: []), view: view)
    }

    @Test(arguments: views) func everyExactRegionNameGivesTheFullPartsSite(view: IntensityView) throws {
        let catalog = try Catalog.builtIn(overlaidWith: [], view: view)
        let index = catalog.regions
        #expect(index.literalNames.count > 1_000)
        var mismatches: [String] = []
        for (literal, positions) in index.literalNames {
            let found = BuiltInPlaces.region(named: literal, view: view)
            let expected = Set(positions).count == 1 ? catalog.sitesByID[index.entries[positions[0]].id] : nil
            if found != expected { mismatches.append(literal) }
        }
        #expect(mismatches == [])
        #expect(BuiltInPlaces.region(named: "no such region", view: view) == nil)
        #expect(BuiltInPlaces.region(named: "", view: view) == nil)
        #expect(BuiltInPlaces.world(view: view)?.world == catalog.worldSite)
        #expect(BuiltInPlaces.world(view: view)?.unknownPUE == catalog.unknownPUE)
    }

    @Test func aRegionNamedExactlyLeavesThePlacesUnread() throws {
        let catalog = try freshCatalog()
        let job = try catalog.job(for: JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .hours: "72", .count: "8", .region: " AWS:US-East-1 "]))
        #expect(job.site.id == "aws:us-east-1")
        #expect(!catalog.placesAreRead)
        expectClose(job.estimate().co2eKg, 82.3389696)
        #expect(job.site == (try Catalog.builtIn().region(named: "aws:us-east-1")))
    }

    @Test func aNameTheListsCannotSettleGoesToTheFullLookup() throws {
        let catalog = try freshCatalog()
        #expect(throws: JobError.self) { try catalog.region(named: "Tokyo") }
        #expect(catalog.placesAreRead)
        let provided = try freshCatalog()
        #expect(try provided.region(named: "us-east-1", provider: "aws").id == "aws:us-east-1")
        #expect(provided.placesAreRead)
    }

    @Test func placesLaidOverTheBuiltInTablesWin() throws {
        let table = try CSVTable(name: "pue.csv", text: """
            scope,id,pue,year,source
            default,unknown,1.56,2024,survey
            region,aws:us-east-1,1.5,2026,measured
            """)
        let catalog = try Catalog.builtIn(overlaidWith: [table])
        expectClose(try catalog.region(named: "aws:us-east-1").pue.value, 1.5)
    }
}
