import Testing
@testable import Footprint

/// Instance types and TPU slices: what they imply, against the same job given explicitly.
struct InstanceTests {
    let catalog = try! Catalog.builtIn()

    private func estimate(_ texts: KeyValuePairs<JobField, String>) throws -> Estimate {
        Estimator.estimate(try catalog.job(for: try JobSpec(parsing: texts)))
    }

    @Test func p4dEqualsTheSameJobGivenExplicitly() throws {
        // 8 × 400 W; 96 vCPUs of a Xeon Platinum 8275CL (24 cores, 48 threads, 240 W) = 48 cores × 10 W;
        // 1152 GB × 0.3725 W/GB = 429.12 W. IT 4109.12 W × 10 h = 41.0912 kWh; × PUE 1.15 = 47.25488 kWh.
        let implied = try estimate([.instance: "p4d.24xlarge", .hours: "10", .region: "aws:us-east-1"])
        let explicit = try estimate([
            .hardware: "A100 SXM4 40GB", .count: "8", .cpu: "Xeon Platinum 8275CL", .cores: "48", .memory: "1152",
            .hours: "10", .region: "aws:us-east-1",
        ])
        expectClose(implied.energyKWh, 47.25488)
        expectClose(implied.energyKWh, explicit.energyKWh)
        expectClose(implied.co2eKg, explicit.co2eKg)
        expectClose(implied.processorKWh, 4.8)
        expectClose(implied.memoryKWh, 4.2912)
    }

    @Test func providerComesFromThePrefixOrTheRegion() throws {
        let prefixed = try catalog.job(for: try JobSpec(parsing: [.instance: "aws:p4d.24xlarge", .hours: "1"]))
        #expect(prefixed.template.implied?.instance?.id == "aws:p4d.24xlarge")
        let gcp = try catalog.job(for: try JobSpec(parsing: [.instance: "a2-highgpu-8g", .hours: "1", .region: "gcp:us-central1"]))
        #expect(gcp.template.implied?.instance?.id == "gcp:a2-highgpu-8g")
        #expect(throws: JobError.self) {
            try catalog.job(for: try JobSpec(parsing: [.instance: "p4d.24xlarge", .hours: "1", .region: "gcp:us-central1"]))
        }
    }

    @Test func anUnknownTypeSaysWhichFamiliesAreLeftOut() throws {
        let error = #expect(throws: JobError.self) { try catalog.instance(named: "trn1.32xlarge") }
        #expect(error?.lookup?.hint?.hasPrefix("types whose accelerator has no published power, such as AWS Trainium") == true)
    }

    @Test func aTypeOfOneProviderInAnotherProvidersRegionIsRefused() throws {
        let error = #expect(throws: JobError.self) {
            try catalog.job(for: try JobSpec(parsing: [.instance: "gcp:a2-highgpu-8g", .hours: "1", .region: "aws:us-east-1"]))
        }
        #expect(error?.field == .instance)
        #expect(error?.message == "gcp:a2-highgpu-8g is a type of gcp, but the region is one of aws: give a region of gcp, or a location")
        // A grid location has no provider: the type runs there.
        #expect(try catalog.job(for: try JobSpec(parsing: [.instance: "gcp:a2-highgpu-8g", .hours: "1", .location: "FR"])).deviceCount == 8)
        let batch = try BatchInstanceTests().run("instance,hours,region\ngcp:a2-highgpu-8g,1,aws:us-east-1\ngcp:a2-highgpu-8g,1,gcp:us-central1\n")
        #expect(batch.errors.map(\.line) == [2])
        #expect(batch.errors.first?.message == "column 'instance': gcp:a2-highgpu-8g is a type of gcp, but the region is one of aws: give a region of gcp, or a location")
    }

    @Test func instancesMultiplyAndExplicitOptionsWin() throws {
        // 2 instances: 16 × 400 W, 96 cores × 10 W, 2304 GB; --count 4 replaces the 16 devices.
        let two = try estimate([.instance: "p4d.24xlarge", .instances: "2", .hours: "1", .pue: "1", .intensity: "100"])
        expectClose(two.devicesKWh, 6.4)
        expectClose(two.processorKWh, 0.96)
        expectClose(two.memoryKWh, 2304 * 0.3725 / 1000)
        let four = try estimate([.instance: "p4d.24xlarge", .instances: "2", .count: "4", .hours: "1", .pue: "1", .intensity: "100"])
        expectClose(four.devicesKWh, 1.6)
        expectClose(four.processorKWh, 0.96)
    }

    @Test func partialGPUInstancesUseTheirShare() throws {
        // g6f.large: 1/8 of an L4 (72 W) = 9 W; 2 vCPUs of an EPYC 7R13 = 1 core; 8 GB.
        let job = try catalog.job(for: try JobSpec(parsing: [.instance: "g6f.large", .hours: "100", .pue: "1", .intensity: "100"]))
        expectClose(Estimator.estimate(job).devicesKWh, 0.9)
        #expect(job.numbers.cores == 1)
        let eight = try estimate([.instance: "g6f.large", .instances: "8", .hours: "100", .pue: "1", .intensity: "100"])
        expectClose(eight.devicesKWh, 7.2)
    }

    @Test func atLeastThreeHundredTypesResolveWithSourceAndYear() throws {
        let types = catalog.instances.entries
        #expect(types.count >= 300)
        var resolved = 0
        for type in types {
            #expect(!type.provenance.source.isEmpty && type.provenance.year != nil, "\(type.id)")
            if (try? catalog.instance(named: type.id))?.id == type.id { resolved += 1 }
        }
        #expect(resolved == types.count)
        let providers = Set(types.filter { $0.accelerator != nil }.map(\.provider))
        #expect(providers == ["aws", "azure", "coreweave", "gcp", "lambda", "oci"])
        #expect(types.filter { $0.accelerator != nil }.count >= 220)
    }

    @Test func tpuSliceNamesCountPerGeneration() throws {
        let cases: [(String, String, Int)] = [
            ("v2-8", "v2", 4), ("v3-32", "v3", 16), ("v4-128", "v4", 64), ("v5p-128", "v5p", 64),
            ("v5e-16", "v5e", 16), ("v5litepod-16", "v5e", 16), ("v6e-8", "v6e", 8), ("tpu-v4-128", "v4", 64), ("tpu7x-64", "7x", 32),
        ]
        for (name, generation, chips) in cases {
            let slice = try #require(try TPUSlice(name))
            #expect(slice.generation == generation, "\(name)")
            #expect(slice.chips == chips, "\(name)")
        }
        #expect(try TPUSlice("A100") == nil)
        #expect(throws: JobError.self) { try TPUSlice("v4-7") }
    }

    @Test func tpuSlicesEstimateTheirChips() throws {
        // v4-128 = 64 chips × 192 W × 1 h = 12.288 kWh.
        let bySlice = try estimate([.hardware: "TPU v4", .slice: "v4-128", .hours: "1", .pue: "1", .intensity: "100"])
        expectClose(bySlice.devicesKWh, 12.288)
        let byName = try estimate([.hardware: "tpu-v4-128", .hours: "1", .pue: "1", .intensity: "100"])
        expectClose(byName.devicesKWh, 12.288)
        // v3-32 = 16 chips × 262 W.
        expectClose(try estimate([.slice: "v3-32", .hours: "1", .pue: "1", .intensity: "100"]).devicesKWh, 4.192)
        do {
            _ = try catalog.job(for: try JobSpec(parsing: [.slice: "v6e-8", .hours: "1"]))
            Issue.record("v6e has no power figure")
        } catch {
            #expect(error.message.contains("not in the hardware table"))
        }
        // With a power per chip given, a generation without a table figure is estimated.
        expectClose(try estimate([.slice: "v6e-8", .power: "300", .hours: "1", .pue: "1", .intensity: "100"]).devicesKWh, 2.4)
    }
}
