/// Runs a batch over a byte stream in bounded memory: reads chunks, scans whole records,
/// estimates each, and hands output on in blocks. Input of any size needs only a buffer
/// as large as the longest record (at least 1 MiB) plus one output block.
public enum BatchStream {
    /// Bytes of output gathered before they are handed to `write`.
    static let outputBlock = 1 << 18

    /// Runs a batch.
    ///
    /// - Parameters:
    ///   - read: fills the buffer it is given from the input, returning the byte count (0 at the end).
    ///   - write: takes a block of output bytes.
    ///   - report: takes each failed row, in input order.
    ///   - progress: called with the rows done every 65,536 rows.
    /// - Returns: the summary, or nil when the input is empty (no header).
    /// - Throws: what `read` throws, or `JobError` for a header with two columns for one field.
    public static func run(
        catalog: Catalog, defaults: JobSpec, format: ReportFormat,
        read: (UnsafeMutableRawBufferPointer) throws -> Int,
        write: ([UInt8]) throws -> Void,
        report: (BatchRowError) -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> BatchSummary? {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var start = 0, end = 0, line = 1, atEnd = false, isFirstChunk = true
        var fields: [CSVField] = []
        var processor: BatchProcessor?
        var output: [UInt8] = []
        output.reserveCapacity(outputBlock + (1 << 16))
        var failure: (any Error)?
        while true {
            if !atEnd {
                if start > 0 {
                    buffer.withUnsafeMutableBufferPointer { all in
                        _ = UnsafeMutableBufferPointer(rebasing: all[0..<(end - start)])
                            .update(fromContentsOf: UnsafeBufferPointer(rebasing: all[start..<end]))
                    }
                    end -= start
                    start = 0
                }
                if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
                let count = try buffer.withUnsafeMutableBytes { try read(UnsafeMutableRawBufferPointer(rebasing: $0[end...])) }
                if count == 0 { atEnd = true } else { end += count }
            }
            buffer.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[0..<end])
                if isFirstChunk, end >= 3 || atEnd {
                    start = CSVScanner.bodyStart(of: bytes)
                    isFirstChunk = false
                }
                while start < end, !isFirstChunk, failure == nil {
                    guard case let .record(next, lineBreaks, malformedAt) = CSVScanner.scanRecord(
                        in: bytes, from: start, atEnd: atEnd, fields: &fields) else { return }
                    if !CSVScanner.isBlank(fields) {
                        if processor == nil {
                            do throws(JobError) {
                                let header = fields.map { $0.string(in: bytes).trimmingWhitespace() }
                                processor = try BatchProcessor(catalog: catalog, header: header, defaults: defaults, format: format)
                                output.append(contentsOf: processor!.prologue())
                            } catch {
                                failure = error
                            }
                        } else if let error = processor!.process(fields, in: bytes, line: line, malformed: malformedAt != nil, into: &output) {
                            report(error)
                        }
                        if let done = processor?.summary.rows, done & 0xFFFF == 0, done > 0 { progress(done) }
                    }
                    line += lineBreaks
                    start = next
                }
            }
            if let failure { throw failure }
            if output.count >= outputBlock {
                try write(output)
                output.removeAll(keepingCapacity: true)
            }
            if atEnd, start >= end { break }
        }
        guard let processor else { return nil }
        output.append(contentsOf: processor.epilogue())
        try write(output)
        return processor.summary
    }
}
