import Testing
@testable import Footprint

/// Every built-in row parses, ids and names are unique, values are sane, and every row
/// carries its source and year.
struct CatalogIntegrityTests {
    let catalog = try! Catalog.builtIn()

    @Test func builtInTablesParse() throws {
        let tables = try Catalog.builtInTables.get()
        #expect(Set(tables.map(\.name)) == Set(Catalog.tableNames))
        #expect(throws: Never.self) { try Catalog.builtIn() }
    }

    /// The built-in catalog reads its parts on first use: reading them all here finds any
    /// error that laziness would leave for a command to hit.
    @Test func everyPartOfTheBuiltInCatalogReads() throws {
        #expect(throws: Never.self) { try catalog.validate() }
        for view in [IntensityView(basis: .direct, source: .grid), IntensityView(basis: .lifecycle, source: .provider)] {
            #expect(throws: Never.self) { try Catalog.builtIn(overlaidWith: [], view: view).validate() }
        }
    }

    @Test func coverage() {
        let hardware = catalog.hardware.entries
        #expect(hardware.filter { $0.kind != .cpu }.count >= 80)
        #expect(hardware.filter { $0.kind == .cpu }.count >= 4000)
        #expect(catalog.grids.entries.filter { $0.kind == .country }.count >= 210)
        #expect(catalog.grids.entries.contains { $0.kind == .subnational && $0.country == "US" })
        #expect(catalog.grids.entries.contains { $0.kind == .subnational && $0.country == "CA" })
        #expect(catalog.grids.entries.filter { $0.kind == .world }.count == 1)
        #expect(catalog.regions.entries.count >= 150)
        #expect(Set(catalog.regions.entries.map(\.provider)).count >= 5)
    }

    @Test func namesAreUniqueAfterNormalisation() {
        func collisions(_ names: [[String]]) -> [String] {
            var owner: [NameKey: Int] = [:], clashes: [String] = []
            for (position, keys) in names.enumerated() {
                for key in Set(keys.map(NameKey.init)) {
                    if let other = owner[key], other != position { clashes.append(key.text) }
                    owner[key] = position
                }
            }
            return clashes
        }
        #expect(collisions(catalog.hardware.entries.map { [$0.id, $0.name] + $0.aliases }) == [])
        #expect(collisions(catalog.grids.entries.map { [$0.id, $0.name] + $0.aliases }) == [])
        #expect(collisions(catalog.regions.entries.map { [$0.id] }) == [])
    }

    @Test func hardwareValuesAreSane() {
        for item in catalog.hardware.entries {
            let range: ClosedRange<Double> = item.kind == .cpu ? 1...1000 : 5...30_000
            #expect(range.contains(item.maxPowerWatts), "\(item.id): \(item.maxPowerWatts) W")
            #expect(item.id == item.id.lowercased() && !item.id.contains(" "), "\(item.id)")
            if let cores = item.cores, let threads = item.threads { #expect(threads >= cores, "\(item.id)") }
        }
    }

    @Test func gridAndRegionValuesAreSane() {
        for zone in catalog.grids.entries {
            let lifecycle = zone.intensities[.lifecycle]?.value ?? 0, direct = zone.intensities[.direct]?.value ?? -1
            #expect(lifecycle > 0 && lifecycle < 1500, "\(zone.id): \(lifecycle)")
            #expect(direct >= 0 && direct <= lifecycle, "\(zone.id): direct \(direct), lifecycle \(lifecycle)")
        }
        for region in catalog.regions.entries {
            #expect(catalog.zone(id: region.gridZone) != nil, "\(region.id) → \(region.gridZone)")
        }
        for entry in catalog.pueEntries { #expect((1.0...3.0).contains(entry.pue.value), "\(entry.key)") }
        for provider in Set(catalog.regions.entries.map(\.provider)) {
            #expect(catalog.pue(.provider, provider) != nil, "no PUE for \(provider)")
        }
    }

    @Test func everyFactorHasSourceAndYear() {
        var provenances = catalog.hardware.entries.map(\.provenance)
        provenances += catalog.grids.entries.flatMap { $0.intensities.values.map(\.provenance) }
        provenances += catalog.regions.entries.map(\.provenance)
        provenances += catalog.pueEntries.map(\.pue.provenance)
        provenances += catalog.constants.values.map(\.factor.provenance)
        for provenance in provenances {
            #expect(!provenance.source.isEmpty)
            #expect((1990...2026).contains(provenance.year ?? 0), "\(provenance)")
            #expect(provenance.table != nil)
        }
    }

    @Test func conflictsResolvedAsDocumented() throws {
        // Data/SOURCES.md: V100 SXM2 is the 300 W part, V100 PCIe 250 W; A100 PCIe 80GB is 300 W.
        expectClose(try catalog.hardware.resolve("V100 SXM2 16GB", kind: "hardware").maxPowerWatts, 300)
        expectClose(try catalog.hardware.resolve("V100 PCIe 16GB", kind: "hardware").maxPowerWatts, 250)
        expectClose(try catalog.hardware.resolve("A100 PCIe 80GB", kind: "hardware").maxPowerWatts, 300)
        expectClose(try catalog.hardware.resolve("H100 SXM5 80GB", kind: "hardware").maxPowerWatts, 700)
    }
}
