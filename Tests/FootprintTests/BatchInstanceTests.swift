import Testing
@testable import Footprint

/// Batch rows that name an instance type or a TPU slice: the same jobs as the options give.
struct BatchInstanceTests {
    let catalog = try! Catalog.builtIn()

    /// The output table and errors of a batch over `text`, in one thread and in two.
    func run(_ text: String, defaults: JobSpec = JobSpec()) throws -> (table: CSVTable, errors: [BatchRowError]) {
        let result = try BatchTests().run(Array(text.utf8), defaults: defaults)
        return (try CSVTable(name: "out", text: result.output), result.errors)
    }

    func number(_ table: CSVTable, _ row: Int, _ column: String) -> Double {
        Double(table.cell(table.rows[row], column)) ?? .nan
    }

    @Test func instanceColumnGivesTheSameRowAsTheExplicitJob() throws {
        // p4d.24xlarge = 8 × A100 SXM4 40GB, 48 cores of a Xeon Platinum 8275CL, 1152 GB: 47.25488 kWh in 10 h
        // at PUE 1.15 (InstanceTests works it out); at 100 g/kWh that is 4.725488 kg.
        let result = try run("""
            instance,hardware,count,cpu,cores,memory,hours,region,intensity
            p4d.24xlarge,,,,,,10,aws:us-east-1,100
            ,A100 SXM4 40GB,8,Xeon Platinum 8275CL,48,1152,10,aws:us-east-1,100
            aws:p4d.24xlarge,,,,,,10,,100

            """)
        #expect(result.errors.isEmpty)
        expectClose(number(result.table, 0, "energy_kwh"), 47.25488)
        expectClose(number(result.table, 0, "co2e_kg"), 4.725488)
        expectClose(number(result.table, 1, "co2e_kg"), number(result.table, 0, "co2e_kg"))
        #expect(result.table.cell(result.table.rows[0], "hardware_id") == result.table.cell(result.table.rows[1], "hardware_id"))
        #expect(result.table.cell(result.table.rows[0], "cpu_id") == "intel-xeon-platinum-8275cl")
        // The provider written first: no region, so the unknown PUE 1.56 instead of 1.15.
        expectClose(number(result.table, 2, "energy_kwh"), 41.0912 * 1.56)
    }

    @Test func instancesMultiplyAndExplicitCellsWin() throws {
        // 3 × p4d.24xlarge = 3 × 41.0912 kWh of IT energy in 10 h at PUE 1; a count of 4 replaces the 24
        // devices: 24 × 400 W less 20 × 400 W = 8 kW × 10 h less.
        let result = try run("""
            instance,instances,count,hours,pue,intensity
            p4d.24xlarge,3,,10,1,100
            p4d.24xlarge,3,4,10,1,100

            """)
        #expect(result.errors.isEmpty)
        expectClose(number(result.table, 0, "energy_kwh"), 3 * 41.0912)
        expectClose(number(result.table, 1, "energy_kwh"), 3 * 41.0912 - 80)
    }

    @Test func providerCellOrRegionChoosesTheTypes() throws {
        let result = try run("""
            instance,provider,region,hours
            a2-highgpu-8g,gcp,,10
            a2-highgpu-8g,,gcp:us-central1,10
            p4d.24xlarge,,gcp:us-central1,10

            """)
        let direct = Estimator.estimate(try catalog.job(for: try JobSpec(parsing: [.instance: "a2-highgpu-8g", .provider: "gcp", .hours: "10"])))
        expectClose(number(result.table, 0, "co2e_kg"), direct.co2eKg)
        #expect(result.table.cell(result.table.rows[1], "status") == "ok")
        #expect(result.errors.map(\.line) == [4])
        #expect(result.errors.first?.message.contains("not a type of gcp") == true)
    }

    @Test func unknownInstanceIsARowErrorWithASuggestion() throws {
        let result = try run("instance,hours\np4d.24xlarg,1\np4d.24xlarge,1\n")
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.line == 2)
        let message = result.errors.first?.message ?? ""
        #expect(message.hasPrefix("column 'instance': unknown instance type 'p4d.24xlarg'"))
        #expect(message.contains("did you mean 'aws:p4d.24xlarge'"))
        #expect(result.table.cell(result.table.rows[1], "status") == "ok")
    }

    @Test func slicesAsColumnsOrHardwareNamesAndDefaults() throws {
        // v4-128 = 64 chips of TPU v4, as `--slice v4-128` estimates it.
        let direct = Estimator.estimate(try catalog.job(for: try JobSpec(parsing: [.slice: "v4-128", .hours: "24", .region: "gcp:us-central2"])))
        let result = try run("""
            slice,hardware,hours,region
            v4-128,,24,gcp:us-central2
            ,tpu-v4-128,24,gcp:us-central2
            v4-127,,24,gcp:us-central2
            v5e-8,,24,gcp:us-central2
            ,A100 SXM9,1,

            """)
        expectClose(number(result.table, 0, "co2e_kg"), direct.co2eKg)
        expectClose(number(result.table, 1, "co2e_kg"), direct.co2eKg)
        #expect(result.errors.map(\.line) == [4, 5, 6])
        #expect(result.errors[0].message.contains("must be even"))
        #expect(result.errors[1].message.contains("give power"))
        #expect(result.errors[2].message.contains("unknown hardware 'A100 SXM9'"))
        let defaulted = try run("hours\n24\n", defaults: try JobSpec(parsing: [.instance: "p4d.24xlarge", .region: "aws:us-east-1"]))
        #expect(defaulted.errors.isEmpty)
        expectClose(number(defaulted.table, 0, "energy_kwh"), 47.25488 * 2.4)
    }

    @Test func anInstanceHeaderAloneGivesTheJobItsPower() throws {
        #expect(throws: Never.self) { try BatchColumns(header: ["instance", "hours"]).checkRequired(defaults: JobSpec()) }
        #expect(throws: Never.self) { try BatchColumns(header: ["slice", "hours"]).checkRequired(defaults: JobSpec()) }
    }
}
