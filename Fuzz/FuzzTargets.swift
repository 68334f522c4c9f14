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

    /// A batch: the first line is the header, the rest rows; small chunks, both threads.
    static func batch(_ bytes: [UInt8]) {
        _ = try? InputSniffer.checkBatchHeader(bytes, name: "fuzz.csv")
        var offset = 0
        var options = BatchStream.Options()
        options.chunkBytes = 64
        options.splitMinimum = 16
        var statistics = BatchStream.Statistics()
        _ = try? BatchStream.run(
            catalog: catalog, defaults: JobSpec(), format: .ndjson, options: options, statistics: &statistics,
            read: { buffer in
                let count = min(buffer.count, bytes.count - offset, 7)
                buffer.copyBytes(from: bytes[offset..<(offset + count)])
                offset += count
                return count
            },
            write: { _ in }, report: { _ in })
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

    /// Name resolution of every kind.
    static func names(_ bytes: [UInt8]) {
        let name = String(decoding: bytes, as: UTF8.self)
        _ = try? catalog.device(named: name)
        _ = try? catalog.processor(named: name)
        _ = try? catalog.region(named: name)
        _ = try? catalog.location(named: name)
        _ = try? catalog.providerID(named: name)
        _ = Suggestions.closest(to: name, among: ["hardware", "hours", "region"])
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

/// Loads every part of the catalog before the first input, so that its time does not count
/// as a hang and a broken table stops the run at once.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    try! FuzzTargets.catalog.validate()
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
