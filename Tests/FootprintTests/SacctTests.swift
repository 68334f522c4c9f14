import Foundation
import Testing
@testable import Footprint

/// Slurm accounting records through the batch: one row per job, totals worked out by hand.
struct SacctTests {
    let catalog = try! Catalog.builtIn()

    /// The text of `Tests/Fixtures/sacct/<name>` (found from this file's path).
    static func fixture(_ name: String) throws -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        let path = url.appendingPathComponent("Fixtures/sacct/\(name)").path
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func sample() throws -> SacctConversion {
        let map = try PartitionMap(CSVTable(name: "partitions.csv", text: try Self.fixture("partitions.csv")))
        return try SacctConversion(name: "sacct.txt", text: try Self.fixture("sacct.txt"), map: map)
    }

    @Test func sampleGivesOneRowPerJobWithHandTotals() throws {
        let conversion = try sample()
        #expect(conversion.jobs == 8)
        #expect(conversion.steps == 11)
        #expect(conversion.unmappedPartitions.isEmpty)
        let result = try BatchTests().run(conversion.csv)
        let table = try CSVTable(name: "out", text: result.output)
        #expect(table.rows.map { table.cell($0, "job_id") } == ["4001", "4002", "4003_4", "4003_5", "4004", "4005", "4006", "4007"])
        #expect(table.rows.map { table.cell($0, "state") }.contains("CANCELLED by 51234"))
        // A100 SXM4 80GB 400 W; EPYC 7763 280 W / 64 cores = 4.375 W per core; 0.3725 W/GB; PUE 1.3 from the map.
        let (gpu, core, gigabyte) = (400.0, 280.0 / 64, 0.3725)
        let watts: [Double] = [
            8 * gpu + 64 * core + 512 * gigabyte,       // 4001: 2 nodes, gres/gpu:a100=8, for 1-12:00:00 (36 h)
            2 * gpu + 16 * core + 128 * gigabyte,       // 4002: gres/gpu=2, the partition's GPU, 6 h
            gpu + 8 * core + 64 * gigabyte,             // 4003_4: an array task, 2.5 h
            gpu + 8 * core + 64 * gigabyte,             // 4003_5: failed after 10 minutes
            32 * core + 120 * gigabyte,                 // 4004: CPU only, ReqMem 3840Mc × 32 CPUs = 120 GB, 4 h
            4 * gpu + 32 * core + 256 * gigabyte,       // 4005: cancelled after 45 minutes
            512 * core + 2000 * gigabyte,               // 4006: 4 nodes of 128 cores, 12 h
        ]
        let hours: [Double] = [36, 6, 2.5, 1.0 / 6, 4, 0.75, 12]
        let energies = zip(watts, hours).map { $0 * $1 * 1.3 / 1000 }
        for (row, energy) in zip(table.rows, energies) {
            expectClose(Double(table.cell(row, "energy_kwh")) ?? .nan, energy)
        }
        let total = energies.reduce(0, +)
        expectClose(total, 229.854161333333)
        let intensity = try catalog.location(named: "DE").intensity.value
        #expect(result.summary?.ok == 7)
        #expect(result.summary?.errors == 1)
        expectClose(result.summary?.energyKWh ?? .nan, total)
        expectClose(result.summary?.co2eKg ?? .nan, total * intensity / 1000)
        // Unknown elapsed: a row error on the job's own line of the sacct output.
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.hasPrefix("column 'elapsed': 'Unknown' is not a duration") == true)
        #expect(conversion.sourceLine(ofBatchLine: result.errors.first?.line ?? 0) == 20)
        #expect(table.cell(table.rows[7], "job_id") == "4007")
    }

    @Test func resourcesFromAllocTRESAndReqMem() {
        let typed = SlurmTRES("billing=64,cpu=64,gres/gpu:a100=8,gres/gpu=8,mem=512G,node=2")
        #expect(typed.gpus == 8 && typed.gpuType == "a100" && typed.cpus == 64 && typed.memoryGB == 512)
        let mixed = SlurmTRES("cpu=4,gres/gpu:a100=1,gres/gpu:v100=2,mem=4000M")
        #expect(mixed.gpus == 3 && mixed.gpuType == nil)
        expectClose(mixed.memoryGB ?? .nan, 4000.0 / 1024)
        #expect(SlurmTRES("cpu=4,mem=1T").memoryGB == 1024)
        #expect(SacctConversion.requestedMemory("3840Mc", cpus: 32, nodes: 1) == 120)
        #expect(SacctConversion.requestedMemory("64Gn", cpus: 32, nodes: 2) == 128)
        #expect(SacctConversion.requestedMemory("16G", cpus: 32, nodes: 2) == 16)
        #expect(SacctConversion.requestedMemory("", cpus: 32, nodes: 2) == nil)
    }

    @Test func theGPUTypeWinsOverThePartitionsModelUnlessTheMapNamesIt() throws {
        let map = try PartitionMap(CSVTable(name: "map", text: "partition,gres,hardware\ngpu,,A100 SXM4 80GB\ngpu,h100,H100 SXM5 80GB\n"))
        let text = """
            JobID|Partition|ElapsedRaw|AllocTRES|State
            1|gpu|3600|gres/gpu:h100=1|COMPLETED
            2|gpu|3600|gres/gpu:l4=1|COMPLETED
            3|gpu|3600|gres/gpu=1|COMPLETED
            4|debug|3600|gres/gpu=1|PENDING
            """
        let conversion = try SacctConversion(name: "s", text: text, map: map)
        let table = try CSVTable(name: "out", bytes: conversion.csv)
        #expect(table.rows.map { table.cell($0, "hardware") } == ["H100 SXM5 80GB", "l4", "A100 SXM4 80GB", ""])
        #expect(table.rows.map { table.cell($0, "elapsed") } == ["3600s", "3600s", "3600s", "3600s"])
        #expect(conversion.unmappedPartitions.map(\.partition) == ["debug"])
    }

    @Test func badInputsAreRefusedOnce() throws {
        #expect(throws: DataError.self) { try SacctConversion(name: "s", text: "", map: nil) }
        #expect(throws: DataError.self) { try SacctConversion(name: "s", text: "JobName|Elapsed\nx|01:00:00\n", map: nil) }
        #expect(throws: DataError.self) { try SacctConversion(name: "s", text: "JobID|State\n1|COMPLETED\n", map: nil) }
        #expect(throws: DataError.self) { try PartitionMap(CSVTable(name: "map", text: "name,hardware\ngpu,A100\n")) }
        #expect(throws: DataError.self) { try PartitionMap(CSVTable(name: "map", text: "partition,hardware\ngpu,A\ngpu,B\n")) }
        #expect(throws: JobError.self) { try SacctConversion.check(defaults: try JobSpec(parsing: [.hours: "1"])) }
    }
}
