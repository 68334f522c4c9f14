import Testing
@testable import Footprint

/// Water, embodied emissions, equivalents, range, budgets and serving, on worked examples.
struct ImpactsTests {
    let catalog = try! Catalog.builtIn()

    func report(_ texts: KeyValuePairs<JobField, String>, includeEmbodied: Bool = false) throws -> EstimateReport {
        let spec = try JobSpec(parsing: texts)
        return EstimateReport(spec: spec, estimate: Estimator.estimate(try catalog.job(for: spec)), catalog: catalog, includeEmbodied: includeEmbodied)
    }

    @Test func gpt3WaterFromLiEtAl() throws {
        // 1,287 MWh IT × (0.55 + 1.17 × 3.142) L/kWh = 707,850 + 4,731,192.18 = 5.439 million L.
        let water = try report([.energy: "1287000", .pue: "1.17", .wue: "0.55", .ewif: "3.142", .intensity: "400"]).impacts.water
        expectClose(water.onsiteLitres, 707_850)
        expectClose(water.offsiteLitres, 4_731_192.18)
        expectClose(water.litres, 5_439_042.18)
    }

    @Test func waterFactorsFollowRegionProviderAndCountry() throws {
        let water = try report([.power: "1000", .hours: "1", .region: "aws:us-east-1"]).impacts.water
        #expect(water.wue == catalog.water["region/aws:us-east-1"]?.litresPerKWh)
        #expect(water.ewif == catalog.water["country/US"]?.litresPerKWh)
        let unknown = try report([.power: "1000", .hours: "1", .intensity: "100"]).impacts.water
        #expect(unknown.wue == catalog.water["default/unknown"]?.litresPerKWh)
        #expect(unknown.ewif == catalog.water["country/WORLD"]?.litresPerKWh)
    }

    @Test func bloomEmbodiedEmissions() throws {
        // 1,082,990 A100 GPU-hours: 150 kg × 1,082,990 / (6 × 8,760 × 0.85) = 3,636 kg for GPUs,
        // 2,500 kg / 8 × the same = 7,575 kg for servers: 11.2 t, the paper's total.
        let embodied = try report([.hardware: "A100 SXM4 80GB", .count: "1", .hours: "1082990", .intensity: "57", .pue: "1"]).impacts.embodied
        expectClose(embodied.deviceKg, 150 * 1_082_990 / 44_676)
        expectClose(embodied.hostKg, 2500.0 / 8 * 1_082_990 / 44_676)
        expectClose(embodied.kilograms, 11_211, relative: 1e-3)
    }

    @Test func embodiedIsSeparateUnlessIncluded() throws {
        let plain = try report([.hardware: "H100 SXM5 80GB", .count: "8", .hours: "100", .intensity: "100", .pue: "1"])
        let included = try report([.hardware: "H100 SXM5 80GB", .count: "8", .hours: "100", .intensity: "100", .pue: "1"], includeEmbodied: true)
        #expect(plain.impacts.embodied.kilograms > 0)
        expectClose(plain.co2eKg, plain.estimate.co2eKg)
        expectClose(included.co2eKg, included.estimate.co2eKg + included.impacts.embodied.kilograms)
        let cpuOnly = try report([.corePower: "10", .cores: "4", .hours: "1", .intensity: "100"])
        #expect(cpuOnly.impacts.embodied.kilograms == 0)
    }

    @Test func equivalentsFitTheSizeAndNeverFail() {
        #expect(catalog.equivalents(of: 0).count == 1)
        #expect(catalog.equivalents(of: 1e-9).count == 1)
        let mid = catalog.equivalents(of: 100)
        #expect(mid.count == 3)
        #expect(Set(mid.map(\.unit)).count == 3)
        for amount in mid { #expect(amount.count >= 1 && amount.count < 10_000) }
        let flight = try! #require(mid.first { $0.unit == "flight" })
        expectClose(flight.count, 100_000 / flight.gramsPerUnit.value)
    }

    @Test func rangeVariesDefaultUtilizationOnly() throws {
        // 1000 W × 10 h × PUE 1 × 1000 g = 10 kg at full power; 5 kg at the 0.5 low end.
        let range = try report([.power: "1000", .hours: "10", .intensity: "1000", .pue: "1"]).impacts.range
        expectClose(range.highKg, 10)
        expectClose(range.lowKg, 5)
        let given = try report([.power: "1000", .hours: "10", .intensity: "1000", .pue: "1", .utilization: "0.7"]).impacts.range
        expectClose(given.lowKg, 7)
        expectClose(given.highKg, 7)
    }

    @Test func bloomServingIs1point56GramsPerRequest() throws {
        // 914 kWh × 394 g/kWh = 360.1 kg over 230,768 requests = 1.56 g per request.
        let bloom = try report([.energy: "914", .intensity: "394", .pue: "1", .requests: "230768"])
        expectClose(bloom.impacts.gramsPerRequest(of: bloom.estimate)!, 914 * 394 / 230_768.0)
        #expect(NumberFormat.fixed(bloom.impacts.gramsPerRequest(of: bloom.estimate)!, 2) == "1.56")
        let perToken = try report([.tokens: "1000000", .joulesPerToken: "0.36", .intensity: "100", .pue: "1"])
        expectClose(perToken.estimate.itKWh, 0.1)
        let perRequest = try report([.requests: "1000", .whPerRequest: "3", .intensity: "100", .pue: "1"])
        expectClose(perRequest.estimate.itKWh, 3)
    }

    @Test func budgetsParseAndFit() throws {
        #expect(try Budget(parsing: "50kg") == Budget(limit: 50, quantity: .co2eKg))
        #expect(try Budget(parsing: "1.5 t") == Budget(limit: 1500, quantity: .co2eKg))
        #expect(try Budget(parsing: "500g") == Budget(limit: 0.5, quantity: .co2eKg))
        #expect(try Budget(parsing: "200kWh") == Budget(limit: 200, quantity: .energyKWh))
        #expect(try Budget(parsing: "2MWh") == Budget(limit: 2000, quantity: .energyKWh))
        #expect(throws: JobError.self) { try Budget(parsing: "fifty") }
        #expect(throws: JobError.self) { try Budget(parsing: "-5kg") }
        let budget = Budget(limit: 50, quantity: .co2eKg)
        expectClose(budget.maxHours(usageAtZeroHours: 10, usageAtOneHour: 12)!, 20)
        #expect(budget.maxHours(usageAtZeroHours: 60, usageAtOneHour: 61) == 0)
        #expect(budget.maxHours(usageAtZeroHours: 1, usageAtOneHour: 1) == nil)
    }
}
