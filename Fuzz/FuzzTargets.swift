// libFuzzer entry point, compiled by Fuzz/run.sh into one binary with the Footprint
// library's sources (so internal functions are reachable). FUZZ_TARGET picks the target.
@preconcurrency import Glibc

/// The fuzz targets: each takes arbitrary bytes and must neither crash nor hang.
enum FuzzTargets {
    /// The built-in catalog, loaded once.
    static let catalog = try! Catalog.builtIn()

    /// The targets by name.
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "csv": csv, "batch": batch, "series": series, "json": json, "names": names, "numbers": numbers,
    ]

    /// The CSV scanner, whole and record by record with the buffer cut short.
    static func csv(_ bytes: [UInt8]) {
        _ = try? CSVTable(name: "fuzz.csv", bytes: bytes)
        _ = try? InputSniffer.checkText(bytes, name: "fuzz.csv", sink: "")
        bytes.withUnsafeBufferPointer { buffer in
            var fields: [CSVField] = []
            var index = 0
            while index < buffer.count {
                let cut = UnsafeBufferPointer(rebasing: buffer[0..<(index + (buffer.count - index + 1) / 2)])
                _ = CSVScanner.scanRecord(in: cut, from: index, atEnd: false, fields: &fields)
                guard case let .record(next, _, _) = CSVScanner.scanRecord(in: buffer, from: index, atEnd: true, fields: &fields)
                else { fatalError("an incomplete record at the end of the input") }
                precondition(next > index && next <= buffer.count)
                _ = fields.map { $0.string(in: buffer) }
                index = next
            }
        }
    }

    /// A batch: the first line is the header, the rest rows, estimated record by record on
    /// this thread. One input in 16 (chosen by its bytes, so a failure reproduces) also
    /// goes through the threaded stream in small chunks, which must give the same bytes.
    static func batch(_ bytes: [UInt8]) {
        _ = try? InputSniffer.checkBatchHeader(bytes, name: "fuzz.csv")
        let format = BatchProcessor.formats[bytes.count % BatchProcessor.formats.count]
        let direct = BatchOutcome(processing: bytes, format: format)
        guard bytes.reduce(0, { $0 &+ Int($1) }) % 16 == 0 else { return }
        let streamed = BatchOutcome(streaming: bytes, format: format)
        precondition(direct == streamed, "the threaded stream differs from record-by-record processing")
    }

    /// The series parsers: the canonical CSV and each importer.
    static func series(_ bytes: [UInt8]) {
        _ = try? SeriesParser.parse(name: "fuzz", bytes: bytes)
        _ = try? CarbonAwareSDKImporter.parse(name: "fuzz", bytes: bytes, defaultZone: "Z", timesWithoutOffsetAreUTC: true)
        _ = try? EnergiDataServiceImporter.parse(name: "fuzz", bytes: bytes)
        _ = try? ElectricityMapsImporter.parse(name: "fuzz", bytes: bytes)
    }

    /// The JSON parser.
    static func json(_ bytes: [UInt8]) {
        _ = try? JSONParser.parse(name: "fuzz", bytes: bytes)
    }

    /// Name resolution: the first byte picks the kind of lookup, the rest is the name.
    static func names(_ bytes: [UInt8]) {
        guard let kind = bytes.first else { return }
        let name = String(decoding: bytes.dropFirst(), as: UTF8.self)
        switch kind % 6 {
        case 0: _ = try? catalog.device(named: name)
        case 1: _ = try? catalog.processor(named: name)
        case 2: _ = try? catalog.region(named: name)
        case 3: _ = try? catalog.location(named: name)
        case 4: _ = try? catalog.providerID(named: name)
        default: _ = Suggestions.closest(to: name, among: ["hardware", "hours", "region"])
        }
    }

    /// Number, duration and timestamp parsing.
    static func numbers(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            _ = ByteNumbers.decimal(buffer)
            _ = ByteNumbers.integer(buffer)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for field in JobField.allCases { _ = try? field.parse(text) }
        _ = Timestamp.parse(text)
        _ = Timestamp.parse(text, missingOffset: .utc)
    }
}

/// What a batch gives: the output bytes and the row errors, or nil when the header is
/// refused or missing (nothing is written then).
struct BatchOutcome: Equatable {
    let output: [UInt8]
    let errors: [BatchRowError]

    /// `bytes` estimated record by record with one `BatchProcessor`, on this thread.
    init?(processing bytes: [UInt8], format: ReportFormat) {
        var output: [UInt8] = [], errors: [BatchRowError] = []
        let found = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var record = [CSVField]()
            var processor: BatchProcessor?
            var index = CSVScanner.bodyStart(of: buffer), line = 1
            while index < buffer.count {
                guard case let .record(next, lineBreaks, malformedAt) = CSVScanner.scanRecord(
                    in: buffer, from: index, atEnd: true, fields: &record)
                else { fatalError("an incomplete record at the end of the input") }
                if !CSVScanner.isBlank(record) {
                    if processor == nil {
                        let header = record.map { $0.string(in: buffer).trimmingWhitespace() }
                        guard let created = try? BatchProcessor(catalog: FuzzTargets.catalog, header: header, defaults: JobSpec(), format: format)
                        else { return false }
                        output = created.prologue()
                        processor = created
                    } else if let error = processor!.process(record, in: buffer, line: line, malformed: malformedAt != nil, into: &output) {
                        errors.append(error)
                    }
                }
                line += lineBreaks
                index = next
            }
            guard let processor else { return false }
            output += processor.epilogue()
            return true
        }
        guard found else { return nil }
        self.output = output
        self.errors = errors
    }

    /// `bytes` through the threaded `BatchStream`, read 7 bytes at a time in 64-byte chunks.
    init?(streaming bytes: [UInt8], format: ReportFormat) {
        var offset = 0, output: [UInt8] = [], errors: [BatchRowError] = []
        var options = BatchStream.Options()
        options.chunkBytes = 64
        options.splitMinimum = 16
        var statistics = BatchStream.Statistics()
        let summary = try? BatchStream.run(
            catalog: FuzzTargets.catalog, defaults: JobSpec(), format: format, options: options, statistics: &statistics,
            read: { buffer in
                let count = min(buffer.count, bytes.count - offset, 7)
                buffer.copyBytes(from: bytes[offset..<(offset + count)])
                offset += count
                return count
            },
            write: { output += $0 }, report: { errors.append($0) })
        guard summary != nil else { return nil }
        self.output = output
        self.errors = errors
    }
}

/// Loads every part of the catalog, and the name keys each kind of lookup builds on first
/// use, before the first input: their one-time cost (most of a second under the sanitizers)
/// must not count as a hang, and a broken table stops the run at once.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    try! FuzzTargets.catalog.validate()
    for kind in UInt8(0)..<6 { FuzzTargets.names([kind] + Array("warm-up x1".utf8)) }
    return 0
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let name = getenv("FUZZ_TARGET").map { String(cString: $0) } ?? "csv"
    guard let target = FuzzTargets.all[name] else { fatalError("unknown FUZZ_TARGET '\(name)'") }
    target(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
