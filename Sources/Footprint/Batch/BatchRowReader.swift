/// Turns the records of a batch file into typed rows, read by the batch engine itself
/// (`BatchProcessor`), so that a row has the numbers and errors of the CLI's output row.
///
/// The first non-blank record is the header; blank lines are not rows. Bytes may come in
/// parts: `read` takes the whole records of what it is given and says where it stopped.
struct BatchRowReader {
    private let catalog: Catalog
    private let defaults: JobSpec
    private var processor: BatchProcessor?
    private var header: [String] = []
    private var fields: [CSVField] = []
    /// Whether the byte-order mark at the start has been skipped.
    private var started = false
    /// The line the next record starts on.
    private(set) var line = 1

    /// A reader of a file whose empty or missing cells take their values from `defaults`.
    init(catalog: Catalog, defaults: JobSpec) {
        self.catalog = catalog
        self.defaults = defaults
    }

    /// Whether the header has been read, so that later records are rows.
    var hasHeader: Bool { processor != nil }

    /// The row of a record longer than `BatchStream.maxRecordBytes`: an error, its cells
    /// left empty. The caller skips the record's bytes to the end of its line.
    mutating func overlongRow() -> BatchRow {
        defer { line += 1 }
        return BatchRow(line: line, header: header, cells: [], result: .failure(BatchRowError(line: line, error: BatchProcessor.overlongRecord)))
    }

    /// The rows of the whole records in `bytes`, which continue the bytes read before.
    ///
    /// - Parameter atEnd: whether `bytes` ends the input, so that a record may end with it.
    /// - Returns: the rows, and the offset just past the last record read (the caller
    ///   keeps the rest for the next call).
    /// - Throws: `JobError` for a header with two columns for one field, or one that cannot
    ///   give any row a job's power or duration.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) throws(JobError) -> (rows: [BatchRow], consumed: Int) {
        var start = 0
        if !started {
            guard bytes.count >= 3 || atEnd else { return ([], 0) }
            start = CSVScanner.bodyStart(of: bytes)
            started = true
        }
        var rows: [BatchRow] = []
        while start < bytes.count {
            guard case let .record(next, lineBreaks, malformedAt) = CSVScanner.scanRecord(
                in: bytes, from: start, atEnd: atEnd, fields: &fields) else { break }
            if !CSVScanner.isBlank(fields) {
                if processor == nil {
                    header = fields.map { $0.string(in: bytes).trimmingWhitespace() }
                    processor = try BatchProcessor(catalog: catalog, header: header, defaults: defaults, format: .csv)
                } else {
                    let line = line
                    let result = fields.withUnsafeBufferPointer { fields in
                        processor!.row(fields, in: bytes, line: line, malformed: malformedAt != nil)
                    }
                    rows.append(BatchRow(line: line, header: header, cells: fields.map { $0.string(in: bytes) }, result: result))
                }
            }
            line += lineBreaks
            start = next
        }
        return (rows, start)
    }
}
