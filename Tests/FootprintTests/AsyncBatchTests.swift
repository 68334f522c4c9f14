import Testing
import Footprint

/// The asynchronous batch API: any byte or chunk source gives the rows of the in-memory API,
/// in order, and an overlong record is one row error, not unbounded memory.
struct AsyncBatchTests {
    let catalog = try! Catalog.builtIn()

    /// Rows with a blank line, a quoted cell with a line break, a bad count and an ambiguous
    /// name; the first line starts with a byte-order mark.
    let csv = "\u{FEFF}hardware,gpus,hours,note\r\nA100 SXM4 80GB,8,72,\"two\nlines\"\r\n\r\nA100,1,1,ambiguous\nH100 SXM5 80GB,x,1,\nT4,2,10,last"

    /// The line, CO2e (nil for an error) and error message of each row.
    func summary(_ rows: [BatchRow]) -> [String] {
        rows.map { row in
            switch row.result {
            case let .success(estimate): "\(row.line): \(estimate.co2eKg)"
            case let .failure(error): "\(row.line): \(error.description)"
            }
        }
    }

    func collect(_ rows: some AsyncSequence<BatchRow, any Error>) async throws -> [BatchRow] {
        var collected: [BatchRow] = []
        for try await row in rows { collected.append(row) }
        return collected
    }

    /// `bytes` as an asynchronous source of chunks of `size` bytes.
    func chunks(_ bytes: [UInt8], size: Int) -> AsyncStream<[UInt8]> {
        AsyncStream { continuation in
            var start = 0
            while start < bytes.count {
                continuation.yield(Array(bytes[start..<min(start + size, bytes.count)]))
                start += size
            }
            continuation.finish()
        }
    }

    @Test(arguments: [1, 7, 64, 1 << 16, 1 << 20])
    func chunksGiveTheRowsOfTheInMemoryForm(size: Int) async throws {
        let defaults = try JobSpec(parsing: [.region: "aws:us-east-1"])
        let expected = try catalog.estimates(csv: csv, defaults: defaults)
        #expect(expected.map(\.line) == [2, 5, 6, 7])
        let rows = try await collect(catalog.estimates(csv: chunks(Array(csv.utf8), size: size), defaults: defaults))
        #expect(summary(rows) == summary(expected))
        #expect(rows.map(\.cells) == expected.map(\.cells))
        // 8 × 400 W × 72 h × PUE 1.15 = 264.96 kWh; × 310.8 g = 82.35 kg (README).
        expectClose(try rows[0].result.get().co2eKg, 82.34, relative: 1e-3)
    }

    @Test func aByteSourceGivesTheRowsOfTheInMemoryForm() async throws {
        let bytes = Array(csv.utf8)
        let source = AsyncStream<UInt8> { continuation in
            for byte in bytes { continuation.yield(byte) }
            continuation.finish()
        }
        let rows = try await collect(catalog.estimates(csv: source))
        #expect(summary(rows) == summary(try catalog.estimates(csv: bytes)))
        #expect(rows.count == 4)
    }

    @Test func anOverlongRowIsOneErrorAndTheNextRowsFollow() async throws {
        // A 1.5 MiB row between two good ones: 1 × 400 W × 1 h and × 2 h at the world average.
        let long = "A100 SXM4 80GB," + String(repeating: "9", count: BatchRow.maxRecordBytes * 3 / 2) + "\n"
        let text = "hardware,hours\nA100 SXM4 80GB,1\n" + long + "A100 SXM4 80GB,2\n"
        let rows = try await collect(catalog.estimates(csv: chunks(Array(text.utf8), size: 4096)))
        #expect(rows.map(\.line) == [2, 3, 4])
        guard case let .failure(error) = rows[1].result else { Issue.record("the overlong row was estimated"); return }
        #expect(error.description == "line 3: the line is longer than 1 MiB: skipped")
        #expect(rows[1].cells.isEmpty)
        let first = try rows[0].result.get(), last = try rows[2].result.get()
        expectClose(last.energyKWh, 2 * first.energyKWh)
        expectClose(first.devicesKWh, 0.4)
    }

    @Test func anOverlongHeaderIsRefused() async {
        let text = String(repeating: "h", count: BatchRow.maxRecordBytes + 1) + "\n1\n"
        await #expect(throws: JobError.self) {
            _ = try await collect(catalog.estimates(csv: chunks(Array(text.utf8), size: 1 << 16)))
        }
    }

    @Test func theFirstRowComesAfterAboutOnePartOfInput() async throws {
        // 200,000 bytes of rows in 1 KiB chunks: the first row comes after the first 64 KiB part, not
        // after the whole input.
        let text = "hardware,hours\n" + String(repeating: "T4,1\n", count: 40_000)
        let source = CountingChunks(bytes: Array(text.utf8), size: 1024)
        var rows = catalog.estimates(csv: source).makeAsyncIterator()
        let first = try #require(try await rows.next())
        #expect(first.line == 2)
        // One T4 at 70 W for an hour: 0.07 kWh at the devices.
        expectClose(try first.result.get().devicesKWh, 0.07)
        #expect(source.pulled.bytes >= 1 << 16 && source.pulled.bytes < (1 << 16) + 1024)
    }
}

/// An asynchronous source of fixed-size chunks that counts the bytes handed out.
struct CountingChunks: AsyncSequence {
    /// The bytes handed out so far, by every iterator (tests read it after iterating).
    final class Counter: @unchecked Sendable {
        var bytes = 0
    }

    let bytes: [UInt8]
    let size: Int
    let pulled = Counter()

    func makeAsyncIterator() -> Iterator { Iterator(bytes: bytes, size: size, pulled: pulled) }

    /// Hands out the chunks in order.
    struct Iterator: AsyncIteratorProtocol {
        let bytes: [UInt8]
        let size: Int
        let pulled: Counter
        var offset = 0

        mutating func next() async -> [UInt8]? {
            guard offset < bytes.count else { return nil }
            let chunk = Array(bytes[offset..<Swift.min(offset + size, bytes.count)])
            offset += chunk.count
            pulled.bytes += chunk.count
            return chunk
        }
    }
}
