/// The estimated rows of a batch file read from an asynchronous byte source, in input
/// order (see `Catalog.estimates(csv:defaults:)`); made by that method's `async` form.
///
/// Memory stays bounded: bytes are read in parts and only whole records are estimated. A
/// record longer than `maxRecordBytes` ends the sequence with a `JobError`, as do a
/// header the catalog refuses and an error of the byte source.
public struct BatchRows<Bytes: AsyncSequence>: AsyncSequence where Bytes.Element == UInt8 {
    /// The longest record read (1 MiB), as in `footprint batch`.
    public static var maxRecordBytes: Int { BatchStream.maxRecordBytes }

    private let bytes: Bytes
    private let reader: BatchRowReader

    init(bytes: Bytes, reader: BatchRowReader) {
        self.bytes = bytes
        self.reader = reader
    }

    /// An iterator reading the byte source from its start.
    public func makeAsyncIterator() -> Iterator {
        Iterator(source: bytes.makeAsyncIterator(), reader: reader)
    }

    /// Reads the byte source part by part and hands on the rows of its whole records.
    public struct Iterator: AsyncIteratorProtocol {
        /// Bytes read from the source before the records in them are estimated.
        private static var partBytes: Int { 1 << 16 }

        private var source: Bytes.AsyncIterator
        private var reader: BatchRowReader
        /// Bytes read and not yet taken up by a whole record.
        private var buffer: [UInt8] = []
        private var rows: [BatchRow] = []
        private var nextRow = 0
        private var atEnd = false

        init(source: Bytes.AsyncIterator, reader: BatchRowReader) {
            self.source = source
            self.reader = reader
        }

        /// The next row, or nil after the last.
        ///
        /// - Throws: what the byte source throws, or `JobError` for the header or an overlong record.
        public mutating func next() async throws -> BatchRow? {
            while nextRow == rows.count {
                guard !atEnd else { return nil }
                let target = buffer.count + Self.partBytes
                while buffer.count < target {
                    guard let byte = try await source.next() else {
                        atEnd = true
                        break
                    }
                    buffer.append(byte)
                }
                let atEnd = atEnd
                let (rows, consumed) = try buffer.withUnsafeBufferPointer { bytes throws(JobError) in
                    try reader.read(bytes, atEnd: atEnd)
                }
                buffer.removeFirst(consumed)
                if buffer.count > BatchStream.maxRecordBytes {
                    throw JobError(field: nil, message: "line \(reader.line) is longer than \(BatchStream.maxRecordBytes >> 20) MiB")
                }
                self.rows = rows
                nextRow = 0
            }
            defer { nextRow += 1 }
            return rows[nextRow]
        }
    }
}
