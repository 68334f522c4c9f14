import Testing
@preconcurrency import Glibc
@testable import footprint

/// `--data DIR`: the user's tables laid over the built-in ones, without rebuilding.
struct DataOverlayCommandTests {
    func directory(with files: [String: String]) -> String {
        var template = Array("/tmp/footprint-data-XXXXXX".utf8CString)
        let path = String(cString: mkdtemp(&template)!)
        for (name, text) in files {
            let file = fopen(path + "/" + name, "w")!
            fputs(text, file)
            fclose(file)
        }
        return path
    }

    @Test func overlayAddsHardwareAndARegion() {
        let data = directory(with: [
            "hardware.csv": "id,name,aliases,kind,vendor,max_power_watts,memory_gb,cores,threads,year,source\nlab-npu,Lab NPU,,accelerator,Lab,50,,,,2026,lab measurement\n",
            "grids.csv": "id,name,aliases,kind,country,continent,basis,intensity_g_per_kwh,year,source\nFR-LAB,Lab feed,,subnational,FR,Europe,lifecycle,10,2026,our meter\n",
            "regions.csv": "id,provider,region,name,country,subdivision,city,grid_zone,provider_reported_g_per_kwh,basis,cfe_percent,provider_reported_year,provider_reported_source,year,source\nlab:basement,lab,basement,Basement,FR,,,FR-LAB,,,,,,2026,our site\n",
        ])
        // 4 × 50 W × 10 h = 2 kWh × PUE (unknown default, the lab has none) × 10 g/kWh.
        let run = runCLI(["estimate", "--hardware", "lab npu", "--count", "4", "--hours", "10", "--region", "lab:basement", "--pue", "1", "--data", data, "--format", "json"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("\"energy_kwh\": 2,"))
        #expect(run.out.contains("\"co2e_kg\": 0.02,"))
        #expect(run.out.contains("our meter"))
    }

    @Test func brokenOverlayNamesFileLineAndColumn() {
        let data = directory(with: ["pue.csv": "scope,id,pue,year,source\nprovider,aws,0.5,2026,typo\n"])
        let run = runCLI(["estimate", "--power", "1", "--hours", "1", "--data", data])
        #expect(run.code == 65)
        #expect(run.err.contains("pue.csv:2:3: 'pue' is 0.5, outside 1.0...5.0"))
    }
}
