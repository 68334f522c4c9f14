import Testing
@testable import Footprint

/// A record longer than `BatchStream.maxRecordBytes` is one row error, not unbounded memory.
struct BatchLimitTests {
    @Test(arguments: ["x", "\"x"])
    func anOverlongLineIsARowErrorAndTheNextRowsAreRead(start: String) throws {
        let long = start + String(repeating: "y", count: BatchStream.maxRecordBytes) + ",1\n"
        let text = "hardware,hours\nA100 SXM4 80GB,1\n" + long + "A100 SXM4 80GB,2\n"
        let run = try BatchTests().run(Array(text.utf8), chunk: 1 << 16)
        #expect(run.summary?.rows == 3)
        #expect(run.summary?.errors == 1)
        #expect(run.errors.map(\.description) == ["line 3: the line is longer than 1 MiB: skipped"])
        let rows = try CSVTable(name: "out.csv", text: run.output).rows
        let worldAverage = "note: no region, location or intensity given, so the world average is used"
        #expect(rows.map(\.cells.last) == [worldAverage, "the line is longer than 1 MiB: skipped", worldAverage])
        #expect(rows.map { $0.cells[1] } == ["1", "", "2"])
    }

    @Test func anOverlongHeaderIsRefused() {
        let text = String(repeating: "h", count: BatchStream.maxRecordBytes + 1) + "\n1\n"
        #expect(throws: JobError.self) { try BatchTests().run(Array(text.utf8), chunk: 1 << 16) }
    }
}
