import Testing
import Footprint

/// A batch from an in-memory CSV with typed per-row results (issue 12), with the public
/// API only (no `@testable`).
struct LibraryBatchTests {
    let catalog = try! Catalog.builtIn()

    /// Good and bad rows, with a blank line and a quoted cell; the region is a default.
    let csv = """
        hardware,gpus,hours,note
        A100 SXM4 80GB,8,72,"README's job"
        A100,1,1,ambiguous

        H100 SXM5 80GB,x,1,not a count
        ,,2,"no power"
        """

    @Test func rowsGiveEstimatesOrStructuredErrors() throws {
        let rows = try catalog.estimates(csv: csv, defaults: JobSpec(parsing: [.region: "aws:us-east-1"]))
        #expect(rows.map(\.line) == [2, 3, 5, 6])
        #expect(rows[0].cells == ["A100 SXM4 80GB", "8", "72", "README's job"])
        #expect(rows[0]["note"] == "README's job")

        // 8 × 400 W × 72 h × PUE 1.15 = 264.96 kWh; × 310.8 g = 82.35 kg (README).
        let estimate = try rows[0].result.get()
        expectClose(estimate.energyKWh, 264.96)
        expectClose(estimate.co2eKg, 82.34, relative: 1e-3)
        #expect(estimate.job.site.id == "aws:us-east-1")

        guard case let .failure(ambiguous) = rows[1].result else { Issue.record("'A100' was estimated"); return }
        #expect(ambiguous.line == 3 && ambiguous.column == "hardware" && ambiguous.field == .hardware && ambiguous.value == "A100")
        let lookup = try #require(ambiguous.lookup)
        #expect(lookup.problem == .ambiguous)
        #expect(lookup.candidates.map(\.name) == ["A100 PCIe 40GB", "A100 PCIe 80GB", "A100 SXM4 40GB", "A100 SXM4 80GB"])
        #expect(lookup.candidates.map(\.value) == [250, 300, 400, 400])

        guard case let .failure(count) = rows[2].result else { Issue.record("'x' GPUs were estimated"); return }
        #expect(count.line == 5 && count.column == "gpus" && count.field == .count && count.value == "x" && count.lookup == nil)
        #expect(count.description == "line 5: column 'gpus': 'x' is not a whole number")

        guard case let .failure(powerless) = rows[3].result else { Issue.record("a row without power was estimated"); return }
        #expect(powerless.line == 6 && powerless.column == "hardware" && powerless.value == "" && powerless.field == .hardware)
    }

    @Test func theAsyncFormReadsAByteSourceLikeTheArray() async throws {
        let bytes = Array(csv.utf8)
        let source = AsyncStream<UInt8> { continuation in
            for byte in bytes { continuation.yield(byte) }
            continuation.finish()
        }
        let defaults = try JobSpec(parsing: [.region: "aws:us-east-1"])
        var lines: [Int] = [], kilograms: [Double?] = []
        for try await row in catalog.estimates(csv: source, defaults: defaults) {
            lines.append(row.line)
            kilograms.append(try? row.result.get().co2eKg)
        }
        let rows = try catalog.estimates(csv: bytes, defaults: defaults)
        #expect(lines == rows.map(\.line))
        #expect(kilograms == rows.map { try? $0.result.get().co2eKg })
        expectClose(try #require(kilograms[0]), 82.34, relative: 1e-3)
    }

    @Test func aHeaderThatGivesNoJobIsRefusedOnce() throws {
        #expect(throws: JobError.self) { try catalog.estimates(csv: "name,when\nx,y\n") }
        #expect(try catalog.estimates(csv: "").isEmpty)
    }
}
