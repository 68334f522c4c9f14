/// What a batch's output rows add up to, gathered while they stream past (for the HTML
/// report and `--summary-by`): totals, totals per hardware, per location and per group of
/// input columns, the 20 rows with the most CO2e, and the first row errors. Memory grows
/// with the number of distinct groups, hardware and locations, never with the rows.
///
/// It reads the batch's CSV output (the input cells, then `BatchProcessor.resultColumns`),
/// so its numbers are the rows' own. Batch rows carry no low–high range or water, so
/// neither does the digest.
package struct BatchDigest: Sendable {
    /// Counts and sums of a set of rows.
    package struct Totals: Sendable, Hashable {
        /// Rows estimated.
        package var jobs = 0
        /// Rows that failed.
        package var errors = 0
        /// Energy of the estimated rows, kWh.
        package var energyKWh = 0.0
        /// CO2e of the estimated rows, kg.
        package var co2eKg = 0.0

        /// Empty totals.
        package init() {}
    }

    /// One estimated row.
    package struct Row: Sendable, Hashable {
        /// Its 1-based position among the data rows.
        package let number: Int
        /// The first input cell (often a job name or id).
        package let label: String
        /// What its hardware resolved to (empty without hardware).
        package let hardwareID: String
        /// What its place resolved to.
        package let locationID: String
        /// Its energy, kWh.
        package let energyKWh: Double
        /// Its CO2e, kg.
        package let co2eKg: Double
    }

    /// How many of the largest rows are kept.
    package static let topCount = 20
    /// How many row errors are kept (the rest are counted).
    package static let errorLimit = 100

    /// The group-by keys as asked: input column names, or `month`, `quarter`, `year`.
    package let groupBy: [String]
    /// The column whose ISO dates give `month`, `quarter` and `year`.
    package let dateColumn: String?
    /// All rows.
    package private(set) var totals = Totals()
    /// Totals by resolved hardware id (empty for rows without one).
    package private(set) var byHardware: [String: Totals] = [:]
    /// Totals by resolved location id.
    package private(set) var byLocation: [String: Totals] = [:]
    /// Totals by group key (one value per `groupBy` key).
    package private(set) var groups: [[String]: Totals] = [:]
    /// The rows with the most CO2e, most first.
    package private(set) var top: [Row] = []
    /// The first row errors, in input order.
    package private(set) var errors: [BatchRowError] = []

    private var pending: [UInt8] = []
    private var header: [String]?
    /// For each group key: the input column it reads, and whether it is a derived period.
    private var keyColumns: [(column: Int, period: DatePeriod?)] = []

    /// A digest grouping by `groupBy` (input column names or `month`, `quarter`, `year`),
    /// periods read from `dateColumn` (default: a `start` or `date` column).
    package init(groupBy: [String] = [], dateColumn: String? = nil) {
        self.groupBy = groupBy
        self.dateColumn = dateColumn
    }

    /// Takes a block of the batch's CSV output: whole records are counted, a partial last
    /// one waits for the next block.
    ///
    /// - Throws: `JobError` when a group-by key names no input column (and is not a
    ///   period), or a period is asked without a date column.
    package mutating func consume(_ bytes: some Sequence<UInt8>) throws(JobError) {
        pending.append(contentsOf: bytes)
        try scan(atEnd: false)
    }

    /// Counts what is left of the output.
    package mutating func finish() throws(JobError) {
        try scan(atEnd: true)
    }

    /// Keeps `error` to show (the first `errorLimit`).
    package mutating func record(_ error: BatchRowError) {
        if errors.count < Self.errorLimit { errors.append(error) }
    }

    private mutating func scan(atEnd: Bool) throws(JobError) {
        var records: [[String]] = []
        var consumed = 0
        pending.withUnsafeBufferPointer { buffer in
            var fields: [CSVField] = []
            while consumed < buffer.count {
                guard case let .record(next, _, _) = CSVScanner.scanRecord(in: buffer, from: consumed, atEnd: atEnd, fields: &fields) else { break }
                if !CSVScanner.isBlank(fields) { records.append(fields.map { $0.string(in: buffer) }) }
                consumed = next
            }
        }
        pending.removeFirst(consumed)
        for record in records {
            if header == nil {
                try resolve(header: record)
            } else {
                add(record)
            }
        }
    }

    private mutating func resolve(header: [String]) throws(JobError) {
        self.header = header
        let inputs = Array(header.dropLast(BatchProcessor.resultColumns.count))
        func column(_ name: String) -> Int? {
            inputs.firstIndex { $0.lowercased() == name.lowercased() }
        }
        let dates = dateColumn.map { column($0) } ?? (column("start") ?? column("date"))
        for key in groupBy {
            if let index = column(key) {
                keyColumns.append((index, nil))
            } else if let period = DatePeriod(rawValue: key.lowercased()) {
                guard let dates else {
                    let which = dateColumn.map { "no column '\($0)' (--date-column)" } ?? "no 'start' or 'date' column; give --date-column"
                    throw JobError(field: nil, message: "--summary-by \(key): \(which) in the input")
                }
                keyColumns.append((dates, period))
            } else {
                let hint = Suggestions.closest(to: key, among: inputs).first.map { "did you mean '\($0)'? " } ?? ""
                throw JobError(field: nil, message: "--summary-by: no column '\(key)' in the input; \(hint)(month, quarter and year come from --date-column)")
            }
        }
    }

    private mutating func add(_ record: [String]) {
        let width = record.count, results = BatchProcessor.resultColumns.count
        guard width >= results else { return }
        let failed = record[width - 2] == "error"
        let energy = failed ? 0 : Double(record[width - 6]) ?? 0
        let co2e = failed ? 0 : Double(record[width - 5]) ?? 0
        let hardware = record[width - 9], location = record[width - 7]
        func count(_ totals: inout Totals) {
            if failed {
                totals.errors += 1
            } else {
                totals.jobs += 1
                totals.energyKWh += energy
                totals.co2eKg += co2e
            }
        }
        count(&totals)
        let key = keyColumns.map { key in
            let cell = key.column < width - results ? record[key.column] : ""
            return key.period.map { $0.label(of: cell) } ?? cell
        }
        count(&groups[key, default: Totals()])
        guard !failed else { return }
        count(&byHardware[hardware, default: Totals()])
        count(&byLocation[location, default: Totals()])
        let number = totals.jobs + totals.errors
        if top.count < Self.topCount || co2e > top[top.count - 1].co2eKg {
            let row = Row(number: number, label: width > results ? record[0] : "", hardwareID: hardware, locationID: location, energyKWh: energy, co2eKg: co2e)
            let index = top.firstIndex { $0.co2eKg < co2e } ?? top.count
            top.insert(row, at: index)
            if top.count > Self.topCount { top.removeLast() }
        }
    }
}
