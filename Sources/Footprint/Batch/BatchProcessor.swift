/// Estimates the rows of a batch file one at a time and writes one output row for each:
/// the input cells unchanged, then `energy_kwh`, `co2e_kg`, `intensity_g_per_kwh`, `pue`,
/// `status` and `error`.
///
/// Rows with the same names (hardware, CPU, region, location) share one looked-up
/// `JobTemplate`, so a row costs a scan, a few number parses and the formula.
public struct BatchProcessor {
    /// The output columns after the input's own.
    public static let resultColumns = ["energy_kwh", "co2e_kg", "intensity_g_per_kwh", "pue", "status", "error"]

    /// The formats a batch writes.
    public static let formats: [ReportFormat] = [.csv, .ndjson, .json]

    private let catalog: Catalog
    private let columns: BatchColumns
    private let format: ReportFormat
    private let defaultNumbers: JobNumbers
    private let defaultNames: [[UInt8]]
    private let headerKeys: [[UInt8]]
    private var devices = NameCache<Hardware>(), processors = NameCache<Hardware>()
    private var regions = NameCache<Site>(), locations = NameCache<Site>()
    private var scratch: [UInt8] = []

    /// The running totals.
    public private(set) var summary = BatchSummary()

    /// A processor for a file with `header`; `defaults` fill empty or missing cells.
    ///
    /// - Throws: `JobError` when two columns give the same field.
    public init(catalog: Catalog, header: [String], defaults: JobSpec, format: ReportFormat) throws(JobError) {
        self.catalog = catalog
        self.columns = try BatchColumns(header: header)
        self.format = format
        self.defaultNumbers = JobNumbers(defaults)
        self.defaultNames = [defaults.hardware, defaults.cpu, defaults.region, defaults.location].map { Array(($0 ?? "").utf8) }
        var keys: [[UInt8]] = []
        for name in header {
            var bytes: [UInt8] = []
            JSONValue.appendString(name.utf8, to: &bytes)
            keys.append(bytes + [UInt8(ascii: ":")])
        }
        self.headerKeys = keys
    }

    /// What the output starts with: the CSV header line, or `[` for JSON.
    public func prologue() -> [UInt8] {
        switch format {
        case .csv, .table: Array(CSVWriter.line(columns.header + Self.resultColumns).utf8)
        case .json: Array("[\n".utf8)
        case .ndjson: []
        }
    }

    /// What the output ends with: `]` for JSON.
    public func epilogue() -> [UInt8] {
        format == .json ? Array((summary.rows == 0 ? "]\n" : "\n]\n").utf8) : []
    }

    /// Estimates the record `fields` of `bytes` (starting on `line`) and appends its output
    /// row to `output`.
    ///
    /// - Returns: the row's error, if it failed.
    public mutating func process(
        _ fields: [CSVField], in bytes: UnsafeBufferPointer<UInt8>, line: Int, malformed: Bool, into output: inout [UInt8]
    ) -> BatchRowError? {
        summary.rows += 1
        var result: Result<Estimate, JobError>
        if malformed {
            result = .failure(JobError(field: nil, message: "malformed quoting (a quote must open and close a whole field)"))
        } else if fields.count != columns.header.count {
            result = .failure(JobError(field: nil, message: "has \(fields.count) fields, the header has \(columns.header.count)"))
        } else {
            result = Result { () throws(JobError) in try estimate(fields, in: bytes) }
        }
        switch result {
        case let .success(estimate):
            summary.ok += 1
            summary.energyKWh += estimate.energyKWh
            summary.co2eKg += estimate.co2eKg
            write(fields, in: bytes, estimate: estimate, error: nil, to: &output)
            return nil
        case let .failure(error):
            summary.errors += 1
            let message = describe(error)
            write(fields, in: bytes, estimate: nil, error: message, to: &output)
            return BatchRowError(line: line, message: message)
        }
    }

    private mutating func estimate(_ fields: [CSVField], in bytes: UnsafeBufferPointer<UInt8>) throws(JobError) -> Estimate {
        var numbers = defaultNumbers
        var nameColumns = (-1, -1, -1, -1)
        var givesPlace = false
        for (column, field) in columns.fields.enumerated() {
            guard let field else { continue }
            let cell = Self.trimmed(fields[column], in: bytes)
            guard !cell.isEmpty else { continue }
            let raw = UnsafeBufferPointer(rebasing: bytes[cell])
            switch field.valueKind {
            case .name:
                switch field {
                case .hardware: nameColumns.0 = column
                case .cpu: nameColumns.1 = column
                case .region: nameColumns.2 = column; givesPlace = true
                default: nameColumns.3 = column; givesPlace = true
                }
            case .integer:
                if let value = ByteNumbers.integer(raw) {
                    numbers.set(field, integer: try field.checked(integer: value))
                } else if case let .integer(value) = try field.parse(fields[column].string(in: bytes)) {
                    numbers.set(field, integer: value)
                }
            case .number:
                if let value = ByteNumbers.decimal(raw) {
                    numbers.set(field, number: try field.checked(number: value))
                } else if case let .number(value) = try field.parse(fields[column].string(in: bytes)) {
                    numbers.set(field, number: value)
                }
            }
        }
        let catalog = self.catalog
        fillName(nameColumns.0, slot: 0, fields, bytes)
        let device = scratch.isEmpty ? nil : devices.entry(for: scratch, catalog.device(named:))
        fillName(nameColumns.1, slot: 1, fields, bytes)
        let processor = scratch.isEmpty ? nil : processors.entry(for: scratch, catalog.processor(named:))
        fillName(givesPlace && nameColumns.2 < 0 ? -2 : nameColumns.2, slot: 2, fields, bytes)
        let region = scratch.isEmpty ? nil : regions.entry(for: scratch, catalog.region(named:))
        fillName(givesPlace && nameColumns.3 < 0 ? -2 : nameColumns.3, slot: 3, fields, bytes)
        let location = scratch.isEmpty ? nil : locations.entry(for: scratch, catalog.location(named:))
        let template = try catalog.template(
            hardware: try device?.value.get(), cpu: try processor?.value.get(), cpuName: processor?.name,
            region: try region?.value.get(), location: try location?.value.get())
        return Estimator.estimate(try template.job(with: numbers))
    }

    /// Puts the name of `column` in `scratch`: the trimmed cell, or the default of `slot`
    /// when the column is -1, or nothing when it is -2.
    private mutating func fillName(_ column: Int, slot: Int, _ fields: [CSVField], _ bytes: UnsafeBufferPointer<UInt8>) {
        scratch.removeAll(keepingCapacity: true)
        if column >= 0 {
            let field = fields[column]
            if field.hasDoubledQuotes {
                scratch.append(contentsOf: field.string(in: bytes).trimmingWhitespace().utf8)
            } else {
                scratch.append(contentsOf: bytes[Self.trimmed(field, in: bytes)])
            }
        } else if column == -1 {
            scratch.append(contentsOf: defaultNames[slot])
        }
    }

    /// "column 'gpus': 'x' is not a whole number", naming the column the field came from.
    private func describe(_ error: JobError) -> String {
        guard let field = error.field else { return error.message }
        if let column = columns.fields.firstIndex(of: field) {
            return "column '\(columns.header[column])': \(error.message)"
        }
        return "\(field.name): \(error.message)"
    }

    private func write(
        _ fields: [CSVField], in bytes: UnsafeBufferPointer<UInt8>, estimate: Estimate?, error: String?, to output: inout [UInt8]
    ) {
        switch format {
        case .csv, .table:
            for column in columns.header.indices {
                if column > 0 { output.append(UInt8(ascii: ",")) }
                if column < fields.count { output.append(contentsOf: bytes[fields[column].rawRange(in: bytes.count)]) }
            }
            output.append(UInt8(ascii: ","))
            if let estimate {
                appendResults(estimate, separator: UInt8(ascii: ","), to: &output)
                output.append(contentsOf: ",ok,\n".utf8)
            } else {
                output.append(contentsOf: ",,,,error,".utf8)
                output.append(contentsOf: CSVWriter.escape(CSVWriter.neutralizingFormula(error ?? "")).utf8)
                output.append(UInt8(ascii: "\n"))
            }
        case .json, .ndjson:
            if format == .json { output.append(contentsOf: (summary.rows == 1 ? "  " : ",\n  ").utf8) }
            output.append(UInt8(ascii: "{"))
            for column in columns.header.indices {
                output.append(contentsOf: headerKeys[column])
                if column < fields.count {
                    let field = fields[column]
                    if field.hasDoubledQuotes {
                        JSONValue.appendString(field.string(in: bytes).utf8, to: &output)
                    } else {
                        JSONValue.appendString(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), to: &output)
                    }
                } else {
                    output.append(contentsOf: "null".utf8)
                }
                output.append(UInt8(ascii: ","))
            }
            if let estimate {
                output.append(contentsOf: "\"energy_kwh\":".utf8)
                NumberFormat.appendJSON(estimate.energyKWh, to: &output)
                output.append(contentsOf: ",\"co2e_kg\":".utf8)
                NumberFormat.appendJSON(estimate.co2eKg, to: &output)
                output.append(contentsOf: ",\"intensity_g_per_kwh\":".utf8)
                NumberFormat.appendJSON(estimate.job.intensity, to: &output)
                output.append(contentsOf: ",\"pue\":".utf8)
                NumberFormat.appendJSON(estimate.job.pue, to: &output)
                output.append(contentsOf: ",\"status\":\"ok\",\"error\":null}".utf8)
            } else {
                output.append(contentsOf: "\"energy_kwh\":null,\"co2e_kg\":null,\"intensity_g_per_kwh\":null,\"pue\":null,\"status\":\"error\",\"error\":".utf8)
                JSONValue.appendString((error ?? "").utf8, to: &output)
                output.append(UInt8(ascii: "}"))
            }
            if format == .ndjson { output.append(UInt8(ascii: "\n")) }
        }
    }

    private func appendResults(_ estimate: Estimate, separator: UInt8, to output: inout [UInt8]) {
        NumberFormat.appendJSON(estimate.energyKWh, to: &output)
        output.append(separator)
        NumberFormat.appendJSON(estimate.co2eKg, to: &output)
        output.append(separator)
        NumberFormat.appendJSON(estimate.job.intensity, to: &output)
        output.append(separator)
        NumberFormat.appendJSON(estimate.job.pue, to: &output)
    }

    /// The field's content range without surrounding spaces and tabs.
    private static func trimmed(_ field: CSVField, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = field.start, end = field.end
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }
}

/// Names already looked up, by their bytes.
struct NameCache<Value> {
    /// A looked-up name, shared by reference so that a hit copies nothing.
    final class Entry {
        let name: String
        let value: Result<Value, JobError>

        init(name: String, value: Result<Value, JobError>) {
            self.name = name
            self.value = value
        }
    }

    private var entries: [NameBytes: Entry] = [:]

    /// The entry for the name in `bytes`, resolved on first sight.
    mutating func entry(for bytes: [UInt8], _ resolve: (String) throws(JobError) -> Value) -> Entry {
        let key = NameBytes(bytes)
        if let entry = entries[key] { return entry }
        let name = String(decoding: bytes, as: UTF8.self)
        let entry = Entry(name: name, value: Result { () throws(JobError) in try resolve(name) })
        entries[key] = entry
        return entry
    }
}

/// Bytes as a dictionary key, hashed in one step (FNV-1a) rather than byte by byte.
struct NameBytes: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hasher.combine(hash)
    }
}
