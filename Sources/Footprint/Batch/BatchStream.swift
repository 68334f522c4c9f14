import Dispatch

/// Runs a batch over a byte stream in bounded memory: reads chunks, scans whole records,
/// estimates each, and hands output on chunk by chunk. Input of any size needs only a
/// buffer as large as the longest record (at least 1 MiB) plus the output of two chunks.
/// A record longer than `maxRecordBytes` is a row error (its line is skipped), so memory
/// stays bounded whatever the input.
///
/// Two threads share the work. Each chunk is split near a line feed: the calling thread
/// estimates the first part while a `BatchWorker` estimates the rest with a processor of
/// its own, and the calling thread also hands on the previous chunk's output meanwhile.
/// The split is a guess, checked afterwards: it holds when the calling thread's last
/// record ends exactly there. When it does not (the line feed was inside a quoted
/// field), the worker's results are dropped and the calling thread finishes the chunk
/// alone, so the output never depends on the guess. The worker counts lines from its
/// start; the check gives its first line. `read`, `write`, `report` and `progress` are
/// only ever called on the calling thread, in input order.
package enum BatchStream {
    /// The longest record read (1 MiB); a longer one is a row error, skipped to its line's end.
    package static let maxRecordBytes = 1 << 20

    /// How a run reads and splits its input.
    struct Options: Sendable {
        /// Bytes read before records are estimated (the buffer grows for longer records).
        var chunkBytes = 1 << 20
        /// Whether a second thread estimates part of each chunk.
        var parallel = true
        /// The fewest bytes a chunk must have left to be split.
        var splitMinimum = 1 << 16
    }

    /// What a run did with its chunks, for tests.
    struct Statistics: Sendable {
        /// Chunks split between the threads.
        var splits = 0
        /// Splits found to be inside a quoted field, and so undone.
        var failedSplits = 0
    }

    /// Runs a batch.
    ///
    /// - Parameters:
    ///   - catalog: the catalog the rows' names are looked up in.
    ///   - defaults: the values of cells that are empty or columns that are absent.
    ///   - format: the output format: CSV, NDJSON or JSON.
    ///   - read: fills the buffer it is given from the input, returning the byte count (0 at the end).
    ///   - write: takes a block of output bytes (valid only during the call).
    ///   - report: takes each failed row, in input order.
    ///   - progress: called with the rows done, about every 65,536 rows.
    /// - Returns: the summary, or nil when the input is empty (no header).
    /// - Throws: what `read` or `write` throws, or `JobError` for a header with two columns for one field, or
    ///   one that cannot give any row a job's power or duration.
    package static func run(
        catalog: Catalog, defaults: JobSpec, format: ReportFormat,
        read: (UnsafeMutableRawBufferPointer) throws -> Int,
        write: (UnsafeBufferPointer<UInt8>) throws -> Void,
        report: (BatchRowError) -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> BatchSummary? {
        var statistics = Statistics()
        return try run(
            catalog: catalog, defaults: defaults, format: format, options: Options(),
            statistics: &statistics, read: read, write: write, report: report, progress: progress)
    }

    /// Runs a batch with `options`; see `run(catalog:defaults:format:read:write:report:progress:)`.
    static func run(
        catalog: Catalog, defaults: JobSpec, format: ReportFormat, options: Options, statistics: inout Statistics,
        read: (UnsafeMutableRawBufferPointer) throws -> Int,
        write: (UnsafeBufferPointer<UInt8>) throws -> Void,
        report: (BatchRowError) -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> BatchSummary? {
        let input = ByteBuffer(capacity: options.chunkBytes)
        let outputs = [ByteBuffer(), ByteBuffer()]
        var start = 0, line = 1, atEnd = false, bodyFound = false
        let fields = FieldBuffer()
        var record = fields   // the scanner's `inout` view of the same buffer
        var processor: BatchProcessor?
        var worker: BatchWorker?
        // The output of the last chunk, handed on while the next one is estimated.
        var pending: Pending?
        var parity = 0, reported = 0
        var balance = Balance()
        // Whether an overlong record is being skipped up to the next line feed, and its line.
        var skipping = false
        var overlongLine: Int?
        while true {
            if !atEnd {
                input.keep(start..<input.count)
                start = 0
                if input.count == input.capacity, input.count >= maxRecordBytes {
                    guard processor != nil else { throw BatchProcessor.overlongHeader }
                    input.count = 0
                    skipping = true
                } else if input.count == input.capacity {
                    input.grow(to: min(input.capacity * 2, maxRecordBytes))
                }
                while input.count < input.capacity {
                    let count = try read(UnsafeMutableRawBufferPointer(start: input.base + input.count, count: input.capacity - input.count))
                    if count == 0 { atEnd = true; break }
                    input.count += count
                }
            }
            let end = input.count
            let bytes = UnsafeBufferPointer(start: UnsafePointer(input.base), count: end)
            if skipping {
                if overlongLine == nil { overlongLine = line }
                let lineFeed = firstLineFeed(in: bytes, from: 0)
                start = lineFeed.map { $0 + 1 } ?? end
                skipping = lineFeed == nil && !atEnd
            }
            if !bodyFound {
                guard end >= 3 || atEnd else { continue }
                start = CSVScanner.bodyStart(of: bytes)
                bodyFound = true
            }
            let output = outputs[parity]
            output.count = 0
            if !skipping, let skipped = overlongLine {
                report(processor!.skipOverlong(line: skipped, into: output))
                line += 1
                overlongLine = nil
            }
            if processor == nil {
                while processor == nil, start < end {
                    guard case let .record(next, lineBreaks, _) = CSVScanner.scanRecord(
                        in: bytes, from: start, atEnd: atEnd, into: &record) else { break }
                    if !CSVScanner.isBlank(fields.fields) {
                        let header = fields.fields.map { $0.string(in: bytes).trimmingWhitespace() }
                        let created = try BatchProcessor(catalog: catalog, header: header, defaults: defaults, format: format)
                        output.write(reserving: created.prologue().count) { $0.append(created.prologue()) }
                        processor = created
                    }
                    line += lineBreaks
                    start = next
                }
                guard processor != nil else {
                    if atEnd, start >= end { break }
                    continue
                }
            }

            // Split what is left of the chunk after a line feed, and start the worker on the rest.
            let chunkStart = start
            var split = end
            if options.parallel, end - start >= options.splitMinimum,
               let lineFeed = firstLineFeed(in: bytes, from: start + Int(Double(end - start) * balance.share)),
               lineFeed + 1 < end
            {
                split = lineFeed + 1
                if worker == nil { worker = BatchWorker(processor: processor!.sibling()) }
                worker!.start(input: bytes, from: split, atEnd: atEnd, parity: parity)
            }
            let launched = split < end
            if launched { statistics.splits += 1 }

            // Meanwhile: hand on the last chunk's output, then estimate the first part.
            let began = DispatchTime.now().uptimeNanoseconds
            var writeFailure: (any Error)?
            if let last = pending {
                do { try last.write(outputs: outputs, worker: worker, to: write) } catch { writeFailure = error }
                pending = nil
            }
            let wrote = DispatchTime.now().uptimeNanoseconds
            var limit = split, splitHolds = launched
            while start < limit {
                guard case let .record(next, lineBreaks, malformedAt) = CSVScanner.scanRecord(
                    in: bytes, from: start, atEnd: atEnd, into: &record)
                else {
                    splitHolds = false   // the record runs on past the split, into the next chunk
                    break
                }
                if next > limit {
                    // The line feed was inside a quoted field: finish the chunk here.
                    splitHolds = false
                    limit = end
                }
                if !CSVScanner.isBlank(fields.fields),
                   let error = processor!.process(fields.fields, in: bytes, line: line, malformed: malformedAt != nil, into: output)
                {
                    report(error)
                }
                line += lineBreaks
                start = next
            }
            let estimated = DispatchTime.now().uptimeNanoseconds

            // Take the worker's part on, with its lines counted from where ours ended.
            var next = Pending(parity: parity, workerSkip: nil)
            if launched, let worker {
                worker.wait()
                if !splitHolds { statistics.failedSplits += 1 }
                if splitHolds {
                    for error in worker.errors { report(error.moved(by: line)) }
                    line += worker.lineBreaks
                    start = worker.stop
                    let part = worker.summary
                    if part.rows > 0 {
                        // The worker began its first JSON row with ",\n" in case rows came before.
                        next.workerSkip = format == .json && !processor!.hasRowsBefore ? 2 : 0
                        processor!.hasRowsBefore = true
                        processor!.summary.add(part)
                    }
                    balance.update(
                        bytes: (split - chunkStart, worker.stop - split), writing: wrote - began,
                        estimating: (estimated - wrote, worker.elapsed))
                }
            }
            if let writeFailure { throw writeFailure }
            pending = next
            parity ^= 1
            let rows = processor!.summary.rows
            if rows >> 16 > reported >> 16 { progress(rows) }
            reported = rows
            if atEnd, start >= end { break }
        }
        guard let processor else { return nil }
        var parts = pending?.parts(outputs: outputs, worker: worker) ?? [[]]
        parts[parts.count - 1].append(contentsOf: processor.epilogue())
        for part in parts { try part.withUnsafeBufferPointer { try write($0) } }
        return processor.summary
    }

    /// The offset of the first line feed in `bytes` at or after `offset`.
    private static func firstLineFeed(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { return index }
            index += 1
        }
        return nil
    }

    /// The output of one chunk: the calling thread's part, then the worker's if it had one.
    private struct Pending {
        let parity: Int
        /// Bytes to drop at the start of the worker's part, or nil when it has none.
        var workerSkip: Int?

        /// The parts, each as an array (written one at a time, to keep memory low).
        func parts(outputs: [ByteBuffer], worker: BatchWorker?) -> [[UInt8]] {
            var parts = [Array(outputs[parity].bytes)]
            if let skip = workerSkip, let worker {
                parts.append(Array(worker.outputs[parity].bytes.dropFirst(skip)))
            }
            return parts
        }

        /// Hands the parts to `write`, one at a time, as they stand in the buffers.
        func write(outputs: [ByteBuffer], worker: BatchWorker?, to write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            try write(outputs[parity].bytes)
            if let skip = workerSkip, let worker {
                try write(UnsafeBufferPointer(rebasing: worker.outputs[parity].bytes.dropFirst(skip)))
            }
        }
    }

    /// Where to split the next chunk so that both threads finish together: the calling
    /// thread also writes the last chunk's output, so it takes a smaller part.
    private struct Balance {
        /// The calling thread's share of a chunk's bytes.
        var share = 0.5

        /// Learns from a chunk: its parts' sizes, the time spent writing, and the time
        /// each thread spent estimating its part (nanoseconds).
        mutating func update(bytes: (Int, Int), writing: UInt64, estimating: (UInt64, UInt64)) {
            guard bytes.0 > 0, bytes.1 > 0, estimating.0 > 0, estimating.1 > 0 else { return }
            let total = Double(bytes.0 + bytes.1)
            let perByte = (Double(estimating.0) / Double(bytes.0), Double(estimating.1) / Double(bytes.1))
            // writing + x × perByte.0 = (total − x) × perByte.1
            let ideal = (total * perByte.1 - Double(writing)) / (perByte.0 + perByte.1) / total
            share = 0.5 * share + 0.5 * min(0.9, max(0.1, ideal))
        }
    }
}

extension BatchSummary {
    /// Adds the counts and totals of `other`.
    mutating func add(_ other: BatchSummary) {
        rows += other.rows
        ok += other.ok
        errors += other.errors
        worldAverage += other.worldAverage
        countAssumed += other.countAssumed
        energyKWh += other.energyKWh
        co2eKg += other.co2eKg
    }
}

/// Estimates the second part of a chunk on another thread, with a processor of its own
/// (its own name tables and output buffers), counting lines from the part's start.
///
/// `@unchecked Sendable` because it holds a processor, buffers and a pointer to the
/// input chunk: `start` hands the object to one Dispatch task and `wait` takes it back.
/// In between only that task touches its stored state, except `outputs[1 - parity]`,
/// which only the calling thread uses (it holds the last chunk's output); and the calling
/// thread does not change the input bytes. The semaphore orders the memory accesses.
final class BatchWorker: @unchecked Sendable {
    /// The processor (nil only while `run` works with it).
    private var processor: BatchProcessor?
    /// Output per chunk parity.
    let outputs = [ByteBuffer(), ByteBuffer()]
    /// The part's row errors, with lines counted from 0 at its start.
    private(set) var errors: [BatchRowError] = []
    /// Line breaks in the records done.
    private(set) var lineBreaks = 0
    /// Where the records done end: the end of the chunk, or an incomplete record.
    private(set) var stop = 0
    /// The part's counts and totals.
    private(set) var summary = BatchSummary()
    /// Nanoseconds spent on the part.
    private(set) var elapsed: UInt64 = 0
    private var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var from = 0, atEnd = false, parity = 0
    private let fields = FieldBuffer()
    private let done = DispatchSemaphore(value: 0)
    private let queue = DispatchQueue(label: "footprint.batch.worker", qos: .userInitiated)

    /// A worker estimating with `processor`.
    init(processor: BatchProcessor) {
        self.processor = processor
    }

    /// Starts estimating the records of `input` from `from` into `outputs[parity]`.
    func start(input: UnsafeBufferPointer<UInt8>, from: Int, atEnd: Bool, parity: Int) {
        self.input = input
        self.from = from
        self.atEnd = atEnd
        self.parity = parity
        queue.async { [self] in
            run()
            done.signal()
        }
    }

    /// Waits until the part is done.
    func wait() {
        done.wait()
    }

    private func run() {
        let began = DispatchTime.now().uptimeNanoseconds
        let output = outputs[parity]
        output.count = 0
        // Locals, moved out of the stored properties and back, on the hot path: a class's
        // stored `var` modified in place pays a dynamic exclusivity check per access.
        var errors: [BatchRowError] = [], processor = self.processor.take()!, record = fields
        swap(&errors, &self.errors)
        errors.removeAll(keepingCapacity: true)
        processor.summary = BatchSummary()
        processor.hasRowsBefore = true
        var start = from, line = 0
        while start < input.count {
            guard case let .record(next, lineBreaks, malformedAt) = CSVScanner.scanRecord(
                in: input, from: start, atEnd: atEnd, into: &record) else { break }
            if !CSVScanner.isBlank(record.fields),
               let error = processor.process(record.fields, in: input, line: line, malformed: malformedAt != nil, into: output)
            {
                errors.append(error)
            }
            line += lineBreaks
            start = next
        }
        stop = start
        lineBreaks = line
        summary = processor.summary
        self.processor = processor
        self.errors = errors
        elapsed = DispatchTime.now().uptimeNanoseconds - began
    }
}
