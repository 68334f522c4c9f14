import Testing
@testable import Footprint

/// The same input gives byte-identical output and the same errors whatever the number of
/// threads, the chunk size and the size of each read.
struct BatchDeterminismTests {
    @Test(arguments: BatchProcessor.formats)
    func outputIsByteIdenticalForEveryThreadCountChunkAndReadSize(format: ReportFormat) throws {
        let batch = BatchTests()
        let (input, errorLines) = BatchTests.largeInput(rows: 6_000)
        var statistics = BatchStream.Statistics()
        let reference = try batch.run(
            input, format: format, chunk: input.count, options: BatchStream.Options(parallel: false), statistics: &statistics)
        #expect(reference.summary?.rows == 6_000)
        #expect(reference.errors.map(\.line) == errorLines)
        var splits = 0
        for parallel in [false, true] {
            for chunkBytes in [64, 4_099, 1 << 16, 1 << 20] {
                for read in [1_021, 1 << 16] {
                    let options = BatchStream.Options(chunkBytes: chunkBytes, parallel: parallel, splitMinimum: 1)
                    let run = try batch.run(input, format: format, chunk: read, options: options, statistics: &statistics)
                    #expect(Array(run.output.utf8) == Array(reference.output.utf8), "threads \(parallel ? 2 : 1), chunk \(chunkBytes), read \(read)")
                    #expect(run.errors == reference.errors)
                    // The totals are sums grouped by thread, so only their last bits may differ
                    // (stderr shows six digits).
                    expectClose(run.summary?.co2eKg ?? 0, reference.summary?.co2eKg ?? 1)
                }
            }
            if parallel { splits = statistics.splits }
        }
        #expect(splits > 0)
    }
}
