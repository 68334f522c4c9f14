import Testing
@testable import Footprint

/// User tables laid over the built-in data.
struct OverlayTests {
    let header = "id,name,aliases,kind,vendor,max_power_watts,memory_gb,cores,threads,year,source\n"

    @Test func overlayAddsAndReplacesRows() throws {
        let table = try CSVTable(name: "hardware.csv", text: header + """
            lab-fpga,Lab FPGA,our-fpga,accelerator,Lab,75,,,,2025,our measurement
            nvidia-a100-sxm4-80gb,A100 SXM4 80GB,,gpu,NVIDIA,350,80,,,2026,measured cap
            """)
        let catalog = try Catalog.builtIn(overlaidWith: [table])
        expectClose(try catalog.hardware.resolve("our fpga", kind: "hardware").maxPowerWatts, 75)
        let replaced = try catalog.hardware.resolve("A100 SXM4 80GB", kind: "hardware")
        expectClose(replaced.maxPowerWatts, 350)
        #expect(replaced.provenance.source == "measured cap")
        #expect(catalog.hardware.entries.count == (try Catalog.builtIn()).hardware.entries.count + 1)
    }

    @Test func badCellIsLocatedByLineAndColumn() {
        #expect(throws: DataError(file: "hardware.csv", line: 3, column: 6, message: "'max_power_watts' is 'lots', not a number")) {
            let table = try CSVTable(name: "hardware.csv", text: header + """
                a,A,,gpu,X,10,,,,2025,s
                b,B,,gpu,X,lots,,,,2025,s
                """)
            _ = try Catalog.builtIn(overlaidWith: [table])
        }
    }

    @Test func unknownTableSuggestsTheRightName() {
        #expect {
            _ = try Catalog.builtIn(overlaidWith: [try CSVTable(name: "hardwares.csv", text: "id\n")])
        } throws: { error in
            (error as? DataError)?.message.contains("did you mean 'hardware.csv'?") == true
        }
    }

    @Test func regionMustNameAKnownZone() {
        #expect {
            let table = try CSVTable(name: "regions.csv", text: """
                id,provider,region,name,country,subdivision,city,grid_zone,provider_reported_g_per_kwh,basis,cfe_percent,provider_reported_year,provider_reported_source,year,source
                lab:basement,lab,basement,Basement,FR,,,NOWHERE,,,,,,2025,us
                """)
            _ = try Catalog.builtIn(overlaidWith: [table])
        } throws: { error in
            (error as? DataError)?.line == 2
        }
    }
}
