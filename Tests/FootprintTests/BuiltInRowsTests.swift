import Testing
@testable import Footprint

/// The build-time list of exact hardware names answers as the full name index does, and
/// lets a named device be found without reading the hardware table.
struct BuiltInRowsTests {
    /// A built-in catalog of its own, so that no other test has read its parts yet.
    func freshCatalog() throws -> Catalog { try Catalog(TableLayers(builtIn: true, overlays: []), view: .standard) }

    @Test func everyExactNameFindsTheRowsOfTheFullIndex() throws {
        let index = try Catalog.builtIn().hardware
        #expect(index.literalNames.count > 10_000)
        var mismatches: [String] = []
        for (literal, positions) in index.literalNames {
            let expected = positions.map { index.entries[$0].id }
            let found = BuiltInRows.hardware(named: literal)
            if found.map(\.id) != expected { mismatches.append(literal) }
            if let row = found.first, let entry = positions.first.map({ index.entries[$0] }) {
                #expect(row.name == entry.name && row.aliases == entry.aliases && row.kind == entry.kind)
                #expect(row.maxPowerWatts == entry.maxPowerWatts && row.memoryGB == entry.memoryGB)
                #expect(row.cores == entry.cores && row.threads == entry.threads && row.provenance == entry.provenance)
            }
        }
        #expect(mismatches == [])
        #expect(BuiltInRows.hardware(named: "no such device").isEmpty)
        #expect(BuiltInRows.hardware(named: "").isEmpty)
    }

    @Test func aDeviceNamedExactlyLeavesTheHardwareTableUnread() throws {
        let catalog = try freshCatalog()
        let device = try catalog.device(named: "  a100 SXM4 80GB ")
        #expect(device.id == "nvidia-a100-sxm4-80gb")
        expectClose(device.maxPowerWatts, 400)
        let cpu = try catalog.processor(named: "EPYC 7763")
        #expect(cpu.kind == .cpu && cpu.cores == 64)
        #expect(!catalog.hardwareIsRead)
    }

    @Test func aNameTheListCannotSettleGoesToTheFullLookup() throws {
        let catalog = try freshCatalog()
        #expect(throws: JobError.self) { try catalog.device(named: "A100") }
        #expect(catalog.hardwareIsRead)
        #expect(try catalog.device(named: "NVIDIA A100-SXM4-80GB").id == "nvidia-a100-sxm4-80gb")
    }

    @Test func hardwareLaidOverTheBuiltInTableWins() throws {
        let table = try CSVTable(name: "hardware.csv", text: """
            id,name,aliases,kind,vendor,max_power_watts,memory_gb,cores,threads,year,source
            nvidia-a100-sxm4-80gb,A100 SXM4 80GB,,gpu,NVIDIA,350,80,,,2026,measured cap
            """)
        let catalog = try Catalog.builtIn(overlaidWith: [table])
        expectClose(try catalog.device(named: "A100 SXM4 80GB").maxPowerWatts, 350)
    }
}
