/// Bytes gathered from an asynchronous source before the records in them are estimated (64 KiB).
let asyncBatchPartBytes = 1 << 16

/// The estimated rows of a batch file read from an asynchronous source of byte chunks, in
/// input order: what the `async` forms of `Catalog.estimates(csv:defaults:)` return.
///
/// Memory stays bounded: chunks are gathered to 64 KiB (`asyncBatchPartBytes`) before the whole records in
/// them are estimated, and a record still open after `BatchRow.maxRecordBytes` (give or
/// take the part being read) becomes one row error, its bytes skipped to the end of its
/// line, after which the next rows follow. A longer header is refused before it is read.
struct AsyncBatchRows<Chunks: AsyncSequence>: AsyncSequence where Chunks.Element: Sequence<UInt8> {
    let chunks: Chunks
    let reader: BatchRowReader

    func makeAsyncIterator() -> Iterator {
        Iterator(source: chunks.makeAsyncIterator(), reader: reader)
    }

    /// Reads the source part by part and hands on the rows of its whole records.
    struct Iterator: AsyncIteratorProtocol {
        var source: Chunks.AsyncIterator
        var reader: BatchRowReader
        /// Bytes read and not yet taken up by a whole record.
        var buffer: [UInt8] = []
        var rows: [BatchRow] = []
        var nextRow = 0
        var atEnd = false
        /// Whether the bytes of an overlong record are being skipped up to its line feed.
        var skipping = false

        /// The next row, or nil after the last.
        ///
        /// - Throws: what the source throws, or `JobError` for a header the catalog refuses
        ///   or one longer than `BatchRow.maxRecordBytes`.
        mutating func next() async throws -> BatchRow? {
            while nextRow == rows.count {
                guard !atEnd else { return nil }
                rows = []
                nextRow = 0
                try await readPart()
                if skipping { skipToLineEnd() }
                if skipping { continue }
                if !reader.hasHeader, buffer.count > BatchRow.maxRecordBytes,
                   !buffer.prefix(BatchRow.maxRecordBytes).contains(UInt8(ascii: "\n"))
                {
                    throw BatchProcessor.overlongHeader
                }
                let atEnd = atEnd
                let (read, consumed) = try buffer.withUnsafeBufferPointer { bytes throws(JobError) in
                    try reader.read(bytes, atEnd: atEnd)
                }
                rows = read
                buffer.removeFirst(consumed)
                if buffer.count > BatchRow.maxRecordBytes {
                    guard reader.hasHeader else { throw BatchProcessor.overlongHeader }
                    rows.append(reader.overlongRow())
                    skipping = true
                    skipToLineEnd()
                }
            }
            defer { nextRow += 1 }
            return rows[nextRow]
        }

        /// Appends chunks to the buffer until it has grown by `partBytes` or the source ends.
        private mutating func readPart() async throws {
            let target = buffer.count + asyncBatchPartBytes
            while buffer.count < target {
                guard let chunk = try await source.next() else {
                    atEnd = true
                    return
                }
                buffer.append(contentsOf: chunk)
            }
        }

        /// Drops the buffer's bytes up to and including the first line feed; all of them,
        /// and skipping goes on, when there is none.
        private mutating func skipToLineEnd() {
            if let lineFeed = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                buffer.removeFirst(lineFeed + 1)
                skipping = false
            } else {
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }
}

/// The bytes of an asynchronous byte source in chunks of up to `asyncBatchPartBytes`.
struct AsyncByteChunks<Bytes: AsyncSequence>: AsyncSequence where Bytes.Element == UInt8 {
    let bytes: Bytes

    func makeAsyncIterator() -> Iterator {
        Iterator(source: bytes.makeAsyncIterator())
    }

    /// Gathers bytes into chunks.
    struct Iterator: AsyncIteratorProtocol {
        var source: Bytes.AsyncIterator

        /// The next chunk, or nil at the end of the source.
        mutating func next() async throws -> [UInt8]? {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(asyncBatchPartBytes)
            while chunk.count < asyncBatchPartBytes, let byte = try await source.next() {
                chunk.append(byte)
            }
            return chunk.isEmpty ? nil : chunk
        }
    }
}
