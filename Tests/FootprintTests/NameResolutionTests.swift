import Foundation
import Testing
@testable import Footprint

/// Looking up names: exact, without vendor noise, then whole words within the kind asked
/// for; asking with candidates when several parts or places match.
struct NameResolutionTests {
    let catalog = try! Catalog.builtIn()

    /// One spelling of a corpus and what it must give.
    struct Case: CustomStringConvertible {
        let spelling, field, expected, origin: String
        let line: Int
        var description: String { "line \(line): \(field) '\(spelling)' (\(origin)) → \(expected)" }
    }

    /// The rows of `Fixtures/<name>` (found from this file's path).
    static func corpus(_ name: String) throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        let table = try CSVTable(name: name, text: try String(contentsOf: url, encoding: .utf8))
        #expect(table.header == ["spelling", "field", "expected", "origin"])
        return table.rows.map { Case(spelling: $0.cells[0], field: $0.cells[1], expected: $0.cells[2], origin: $0.cells[3], line: $0.line) }
    }

    /// What `catalog` makes of one spelling: an id, or the lookup failure.
    func outcome(_ spelling: String, field: String) throws -> Result<String, LookupError> {
        do throws(JobError) {
            switch field {
            case "hardware": return .success(try catalog.device(named: spelling).id)
            case "cpu": return .success(try catalog.processor(named: spelling).id)
            case "region": return .success(try catalog.region(named: spelling).id)
            default: return .success(try catalog.location(named: spelling).id)
            }
        } catch {
            guard let lookup = error.lookup else { throw error }
            return .failure(lookup)
        }
    }

    func check(_ item: Case) throws {
        let result = try outcome(item.spelling, field: item.field)
        switch (item.expected, result) {
        case ("unknown", .failure(let error)):
            #expect(error.problem == .unknown, "\(item): \(error)")
        case (let expected, .failure(let error)) where expected.hasPrefix("ambiguous"):
            #expect(error.problem == .ambiguous, "\(item): \(error)")
            let ids = expected.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.split(separator: "|").map(String.init) }
            if let ids {
                #expect(Set(error.candidates.map(\.id)) == Set(ids), "\(item): \(error.candidates.map(\.id))")
            } else {
                #expect(Set(error.candidates.map(\.id)).count > 1, "\(item)")
            }
        case (let expected, .success(let id)):
            #expect(id == expected, "\(item): got \(id)")
        case (_, .failure(let error)):
            Issue.record("\(item): \(error)")
        }
    }

    @Test func hardwareCorpus() throws {
        let cases = try Self.corpus("hardware-names.csv")
        #expect(cases.count >= 150)
        for item in cases { try check(item) }
    }

    @Test func placeCorpus() throws {
        let cases = try Self.corpus("place-names.csv")
        #expect(cases.count >= 50)
        for item in cases { try check(item) }
    }

    @Test func anInstanceTypeGivenAsHardwareSaysToGiveItAsInstance() {
        do {
            _ = try catalog.device(named: "p4d.24xlarge")
            Issue.record("p4d.24xlarge resolved as hardware")
        } catch {
            #expect(error.message.hasSuffix("('p4d.24xlarge' is the instance type aws:p4d.24xlarge: give it as instance)"), "\(error)")
        }
    }

    @Test func aGPUNameNeverResolvesToACPU() throws {
        #expect(try catalog.device(named: "M60").name == "Tesla M60")
        expectClose(try catalog.device(named: "M60").maxPowerWatts, 300)
        let a100 = try outcome("A100", field: "hardware")
        guard case .failure(let error) = a100 else { Issue.record("A100 resolved"); return }
        #expect(error.candidates.allSatisfy { $0.id.hasPrefix("nvidia-a100") })
        #expect(error.description.contains("'A100 SXM4 80GB' (400 W)"))
    }

    @Test func cloudNamesOfTheSXMPartsGiveTheirWatts() throws {
        for spelling in ["nvidia-a100-80gb", "NVIDIA A100 80GB"] {
            expectClose(try catalog.device(named: spelling).maxPowerWatts, 400)
            #expect(try catalog.device(named: spelling).id == "nvidia-a100-sxm4-80gb")
        }
        #expect(try catalog.device(named: "NVIDIA A100 40GB").id == "nvidia-a100-sxm4-40gb")
        expectClose(try catalog.device(named: "NVIDIA A10G").maxPowerWatts, 300)
    }

    @Test func lscpuModelNamesResolve() throws {
        #expect(try catalog.processor(named: "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz").name == "Xeon Gold 6248")
        #expect(try catalog.processor(named: "AMD EPYC 7763 64-Core Processor").name == "EPYC 7763")
    }

    @Test func typoSuggestsTheIntendedNameOfTheSameKind() throws {
        guard case .failure(let error) = try outcome("H100 SXM6 80GB", field: "hardware") else { Issue.record("resolved"); return }
        #expect(error.problem == .unknown)
        #expect(error.candidates.first?.name == "H100 SXM5 80GB")
        #expect(error.candidates.allSatisfy { $0.unit == "W" })
        #expect(error.description.hasPrefix("unknown hardware 'H100 SXM6 80GB'; did you mean 'H100 SXM5 80GB' (700 W)"))
    }

    @Test func implausibleSuggestionsAreLeftOut() throws {
        guard case .failure(let tokyo) = try outcome("Tokyo", field: "location") else { Issue.record("resolved"); return }
        #expect(!tokyo.candidates.contains { $0.id == "TG" })
        #expect(tokyo.candidates.contains { $0.id == "aws:ap-northeast-1" })
        #expect(tokyo.hint == "'Tokyo' names cloud regions: give one as region")
        guard case .failure(let texas) = try outcome("Texs", field: "location") else { Issue.record("resolved"); return }
        #expect(!texas.candidates.contains { $0.id == "AU-TAS" })
    }

    @Test func aPlaceOfTheOtherKindPointsToTheOtherOption() throws {
        guard case .failure(let iceland) = try outcome("Iceland", field: "region") else { Issue.record("resolved"); return }
        #expect(iceland.hint == "'Iceland' is the country 'IS': give it as location")
        guard case .failure(let quebec) = try outcome("Quebec", field: "region") else { Issue.record("resolved"); return }
        #expect(quebec.hint == "or give location 'CA-QC' for the grid zone's grid")
        guard case .failure(let region) = try outcome("aws:us-east-1", field: "location") else { Issue.record("resolved"); return }
        #expect(region.hint == "'aws:us-east-1' is a cloud region: give it as region 'aws:us-east-1'")
        guard case .failure(let gpu) = try outcome("A100 SXM4 80GB", field: "cpu") else { Issue.record("resolved"); return }
        #expect(gpu.hint == "'A100 SXM4 80GB' is an accelerator: give it as hardware")
    }

    @Test func aMistypedNameOfTheOtherKindIsSuggestedWithItsOption() throws {
        guard case .failure(let cpu) = try outcome("Xeon Platnum 8488C", field: "hardware") else { Issue.record("resolved"); return }
        #expect(cpu.problem == .unknown)
        #expect(cpu.candidates.first?.id == "intel-xeon-platinum-8488c")
        #expect(cpu.hint == "CPUs: give one as cpu")
        #expect(cpu.description.hasPrefix("unknown hardware 'Xeon Platnum 8488C'; did you mean 'Xeon Platinum 8488C' (350 W)"))
        guard case .failure(let gpu) = try outcome("A100 SMX4 80GB", field: "cpu") else { Issue.record("resolved"); return }
        #expect(gpu.candidates.first?.id == "nvidia-a100-sxm4-80gb")
        #expect(gpu.hint == "accelerators: give one as hardware")
        guard case .failure(let tpu) = try outcome("TPU v5e", field: "hardware") else { Issue.record("resolved"); return }
        #expect(tpu.candidates.isEmpty)
        #expect(tpu.hint == "the table has no power figure for TPU v5e chips, as Google publishes none: give power (W per chip) and count, or slice and power")
        #expect(TPUSlice.generation(ofChip: "tpu-v6e") == "v6e" && TPUSlice.generation(ofChip: "TPU v4") == "v4")
        #expect(TPUSlice.generation(ofChip: "A100") == nil)
        guard case .failure(let none) = try outcome("zzqx", field: "hardware") else { Issue.record("resolved"); return }
        #expect(none.candidates.isEmpty && none.hint == nil)
    }

    @Test func aProviderNarrowsARegionName() throws {
        #expect(try catalog.region(named: "virginia", provider: "aws").id == "aws:us-east-1")
        #expect(try catalog.region(named: "Frankfurt", provider: "GCP").id == "gcp:europe-west3")
        #expect(throws: JobError.self) { try catalog.region(named: "eastus", provider: "aws") }
        #expect(throws: JobError.self) { try catalog.providerID(named: "amazon") }
    }

    @Test func aCPUCountedOverOneSocketSaysHowManySocketsItTakes() throws {
        let job = try catalog.job(for: try JobSpec(parsing: [.cpu: "Xeon Gold 6248", .cores: "40", .hours: "1"]))
        let processor = try #require(job.processor)
        #expect(processor.sockets == 2)
        expectClose(processor.watts.value * Double(processor.cores ?? 0), 300)
        let single = try catalog.job(for: try JobSpec(parsing: [.cpu: "Xeon Gold 6248", .cores: "8", .hours: "1"]))
        #expect(single.processor?.sockets == nil)
    }

    @Test func jobErrorsNameTheField() {
        #expect {
            try catalog.job(for: try JobSpec(parsing: [.hardware: "A100 SXM9 80GB", .hours: "1"]))
        } throws: { error in
            guard let error = error as? JobError else { return false }
            return error.field == .hardware && error.reason == .unknownName && error.message.contains("did you mean")
        }
    }
}
