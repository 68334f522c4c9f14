import Testing
@testable import Footprint

/// A given IT energy replaces power × hours; the report says which inputs it left unused.
struct GivenEnergyTests {
    let catalog = try! Catalog.builtIn()

    func estimate(_ texts: KeyValuePairs<JobField, String>) throws -> Estimate {
        Estimator.estimate(try catalog.job(for: try JobSpec(parsing: texts)))
    }

    @Test func energyReplacesDevicePower() throws {
        // 200 kWh IT × PUE 1.15 = 230 kWh (not 8 × 400 W × 72 h + 200 kWh); × 300 g = 69 kg.
        let estimate = try estimate([
            .hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .energy: "200", .intensity: "300", .pue: "1.15",
        ])
        expectClose(estimate.devicesKWh, 0)
        expectClose(estimate.itKWh, 200)
        expectClose(estimate.energyKWh, 230)
        expectClose(estimate.co2eKg, 69)
        #expect(estimate.job.unusedInputs.isEmpty)
        #expect(estimate.job.usedFactors.map(\.name) == ["energy_kwh_per_run", "intensity_g_per_kwh", "pue"])
        let range = EmissionRange(of: estimate, in: catalog)
        expectClose(range.lowKg, 69)
    }

    @Test func devicesStillGiveEmbodiedEmissions() throws {
        // A100 80GB: 150 kg over 6 years × 85 % use; 8 devices × 72 h.
        let estimate = try estimate([.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .energy: "200"])
        let embodied = EmbodiedEmissions(of: estimate, in: catalog)
        expectClose(embodied.deviceKg, 150 / (6 * 8760 * 0.85) * 72 * 8, relative: 1e-6)
    }

    @Test func cpuMemoryAndUtilizationAreListedAsUnused() throws {
        let estimate = try estimate([
            .power: "300", .count: "2", .utilization: "0.5", .corePower: "5", .cores: "16", .memory: "100",
            .hours: "10", .energy: "3", .intensity: "100", .pue: "1",
        ])
        expectClose(estimate.itKWh, 3)
        expectClose(estimate.processorKWh, 0)
        expectClose(estimate.memoryKWh, 0)
        expectClose(estimate.co2eKg, 0.3)
        #expect(estimate.job.unusedInputs == ["power", "count", "utilization", "cores", "core-power", "memory"])
        #expect(estimate.job.assumptions.contains { $0.contains("not used: --power, --count, --utilization, --cores, --core-power, --memory") })
    }

    @Test func requestEnergyAlsoReplacesPower() throws {
        // 1,000 requests × 4 Wh = 4 kWh, whatever the 8 devices would draw.
        let estimate = try estimate([
            .hardware: "A100 SXM4 80GB", .count: "8", .hours: "10", .requests: "1000", .whPerRequest: "4",
            .intensity: "100", .pue: "1",
        ])
        expectClose(estimate.itKWh, 4)
        expectClose(estimate.co2eKg, 0.4)
    }

    @Test func batchEnergyColumnReplacesPower() throws {
        let input = Array("hardware,count,hours,kwh\nA100 SXM4 80GB,8,72,200\nA100 SXM4 80GB,8,72,\n".utf8)
        var offset = 0, output: [UInt8] = []
        var statistics = BatchStream.Statistics()
        _ = try BatchStream.run(
            catalog: catalog, defaults: try JobSpec(parsing: [.intensity: "300", .pue: "1.15"]), format: .csv,
            options: BatchStream.Options(), statistics: &statistics,
            read: { buffer in
                let count = min(buffer.count, input.count - offset)
                for index in 0..<count { buffer[index] = input[offset + index] }
                offset += count
                return count
            },
            write: { output += $0 }, report: { _ in })
        let table = try CSVTable(name: "out.csv", text: String(decoding: output, as: UTF8.self))
        expectClose(Double(table.cell(table.rows[0], "energy_kwh"))!, 230)     // 200 kWh × 1.15
        expectClose(Double(table.cell(table.rows[1], "energy_kwh"))!, 264.96)  // 8 × 400 W × 72 h × 1.15
    }
}

/// What a power-based estimate leaves out is said, with how to add it.
struct HostPowerAssumptionTests {
    let catalog = try! Catalog.builtIn()

    func assumptions(_ texts: KeyValuePairs<JobField, String>) throws -> [String] {
        try catalog.job(for: try JobSpec(parsing: texts)).assumptions
    }

    @Test func devicesAloneListTheHostAsNotIncluded() throws {
        let line = try #require(try assumptions([.hardware: "H100 SXM5 80GB", .count: "8", .hours: "1"]).first { $0.hasPrefix("not included") })
        for text in ["host CPU", "--cpu", "--cores", "--core-power", "memory (add --memory GB)", "storage", "networking"] {
            #expect(line.contains(text), "missing \(text)")
        }
    }

    @Test func givenCPUAndMemoryAreNotListed() throws {
        let line = try #require(
            try assumptions([.hardware: "H100 SXM5 80GB", .cpu: "EPYC 7763", .cores: "16", .memory: "512", .hours: "1"])
                .first { $0.hasPrefix("not included") })
        #expect(!line.contains("host CPU"))
        #expect(!line.contains("--memory"))
        #expect(line.contains("storage"))
    }

    @Test func givenEnergyHasNoHostLine() throws {
        #expect(try assumptions([.energy: "10"]).allSatisfy { !$0.hasPrefix("not included") })
    }
}
