import Testing
@testable import Footprint

/// The formula against worked examples computed by hand.
struct EstimatorTests {
    let catalog = try! Catalog.builtIn()

    @Test func seedArticleExample() throws {
        // 250 W × 100 h = 25 kWh; × 560 g/kWh = 14 kg.
        let spec = try JobSpec(parsing: [.power: "250", .hours: "100", .intensity: "560", .pue: "1"])
        let estimate = Estimator.estimate(try catalog.job(for: spec))
        expectClose(estimate.energyKWh, 25)
        expectClose(estimate.co2eKg, 14)
        expectClose(estimate.overheadKWh, 0)
    }

    @Test func eightA100sWithExplicitFactors() throws {
        // 8 × 400 W × 72 h = 230.4 kWh IT; × PUE 1.1 = 253.44 kWh; × 300 g = 76.032 kg.
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .intensity: "300", .pue: "1.1"])
        let estimate = Estimator.estimate(try catalog.job(for: spec))
        expectClose(estimate.devicesKWh, 230.4)
        expectClose(estimate.itKWh, 230.4)
        expectClose(estimate.overheadKWh, 23.04)
        expectClose(estimate.energyKWh, 253.44)
        expectClose(estimate.co2eKg, 76.032)
    }

    @Test func cpuMemoryUtilizationAndRuns() throws {
        // Devices: 2 × 300 W × 0.5 = 300 W. CPU: 16 cores × 5 W = 80 W. Memory: 100 GB × 0.3725 = 37.25 W.
        // IT power 417.25 W × 10 h × 3 runs = 12.5175 kWh; × PUE 1.2 = 15.021 kWh; × 200 g = 3.0042 kg.
        let spec = try JobSpec(parsing: [
            .power: "300", .count: "2", .utilization: "0.5", .corePower: "5", .cores: "16", .memory: "100",
            .hours: "10", .runs: "3", .intensity: "200", .pue: "1.2",
        ])
        let estimate = Estimator.estimate(try catalog.job(for: spec))
        expectClose(estimate.devicesKWh, 9)
        expectClose(estimate.processorKWh, 2.4)
        expectClose(estimate.memoryKWh, 1.1175)
        expectClose(estimate.energyKWh, 15.021)
        expectClose(estimate.co2eKg, 3.0042)
    }

    @Test func cpuModelCountedPerCore() throws {
        // A CPU with a core count is counted at TDP / cores × cores used.
        let cpu = try #require(catalog.hardware.entries.first { $0.kind == .cpu && $0.cores != nil })
        let cores = cpu.cores!
        let spec = try JobSpec(parsing: [.cpu: cpu.id, .cores: "1", .hours: "1000", .intensity: "1000", .pue: "1"])
        let estimate = Estimator.estimate(try catalog.job(for: spec))
        expectClose(estimate.processorKWh, cpu.maxPowerWatts / Double(cores))
        expectClose(estimate.co2eKg, cpu.maxPowerWatts / Double(cores))
    }

    @Test func regionSuppliesIntensityAndPUE() throws {
        let spec = try JobSpec(parsing: [.power: "1000", .hours: "1", .region: "aws:us-east-1"])
        let job = try catalog.job(for: spec)
        let region = try catalog.regions.resolve("aws:us-east-1", kind: "region")
        let zone = try #require(catalog.zone(id: region.gridZone))
        let lifecycle = try #require(zone.intensities[.lifecycle])
        #expect(job.site.intensity == lifecycle)
        #expect(job.site.pue == catalog.pue(.provider, "aws")?.pue)
        let estimate = Estimator.estimate(job)
        expectClose(estimate.co2eKg, job.site.pue.value * lifecycle.value / 1000)
    }

    @Test func providerFigureOnlyWhenAskedFor() throws {
        let region = try #require(catalog.regions.entries.first { $0.providerReported != nil })
        let spec = try JobSpec(parsing: [.power: "100", .hours: "1", .region: region.id])
        let byGrid = try catalog.job(for: spec).site
        #expect(byGrid.intensity == catalog.zone(id: region.gridZone)?.intensities[.lifecycle])
        #expect(byGrid.providerReported == region.providerReported)
        let provider = try Catalog.builtIn(overlaidWith: [], view: IntensityView(source: .provider))
        let site = try provider.job(for: spec).site
        #expect(site.intensity == region.providerReported?.factor)
        #expect(site.intensityFrom == .provider && site.basis == region.providerReported?.basis)
    }

    @Test func noLocationFallsBackToWorldAverageAndUnknownPUE() throws {
        let job = try catalog.job(for: try JobSpec(parsing: [.power: "100", .hours: "1"]))
        #expect(job.site.id == "WORLD")
        #expect(job.site.pue == catalog.pue(.default, "unknown")?.pue)
        #expect(job.assumptions.contains { $0.contains("world-average") })
    }

    @Test func knownEnergyNeedsNoHours() throws {
        let job = try catalog.job(for: try JobSpec(parsing: [.energy: "914", .intensity: "394", .pue: "1"]))
        let estimate = Estimator.estimate(job)
        expectClose(estimate.co2eKg, 360.116)
    }

    @Test func missingHoursIsAUsageError() throws {
        let spec = try JobSpec(parsing: [.power: "100"])
        #expect(throws: JobError(field: .hours, message: "missing: how many hours does one run take? (or give duration, e.g. 3d or 01:30:00)")) {
            try catalog.job(for: spec)
        }
    }

    @Test func valuesOutOfRangeAreRefused() {
        #expect(throws: JobError.self) { try JobSpec(parsing: [.utilization: "1.5"]) }
        #expect(throws: JobError.self) { try JobSpec(parsing: [.count: "0"]) }
        #expect(throws: JobError.self) { try JobSpec(parsing: [.hours: "nan"]) }
        #expect(throws: JobError.self) { try JobSpec(parsing: [.hours: "0x10"]) }
        #expect(throws: JobError.self) { try JobSpec(parsing: [.pue: "0.9"]) }
    }
}
