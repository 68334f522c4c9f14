/// Estimates the rows of a batch file one at a time and writes one output row for each:
/// the input cells unchanged, then what the row's names resolved to (`hardware_id`,
/// `cpu_id`, `location_id`), `energy_kwh`, `co2e_kg`, `intensity_g_per_kwh`, `pue`,
/// `status` and `error`. A good row that names no region, location or intensity has status
/// `ok` and `worldAverageNote` in its `error` cell.
///
/// Each name (hardware, CPU, region, location) is looked up in the catalog once and then
/// found by its bytes in a small bounded table, so a row costs a scan, a few number
/// parses, a few hash lookups and the formula on the row's `JobParts` (nothing allocated);
/// output is written through a `ByteWriter` with no per-byte checks. Several processors
/// may work on parts of one file at once (see `BatchStream`): each has its own tables,
/// copies of the catalog objects it uses and output, so the threads share no reference
/// count on the hot path.
package struct BatchProcessor: Sendable {
    /// The output columns after the input's own.
    package static let resultColumns = ["hardware_id", "cpu_id", "location_id", "energy_kwh", "co2e_kg", "intensity_g_per_kwh", "pue", "status", "error"]

    /// The note in the `error` cell of a good row estimated at the world-average intensity.
    package static let worldAverageNote = "note: no region, location or intensity given, so the world average is used"

    /// The note in the `error` cell of a good row whose count cell is empty (with no
    /// `--count` default), so that one device is counted; after the world-average note if both.
    package static let countAssumedNote = "note: no count given, so 1 device is counted"

    /// The formats a batch writes.
    package static let formats: [ReportFormat] = [.csv, .ndjson, .json]

    /// A column holding a number field, in column order.
    private struct NumberColumn: Sendable {
        /// How a cell is read.
        enum Kind: Sendable { case integer, decimal, duration }
        let column: Int
        let field: JobField
        let kind: Kind
        /// 1 for hours, 2 for duration, else 0: a row giving one replaces the default of the other.
        let timeBit: UInt8
        /// The numbers the field surely accepts (`JobField.plainlyValidNumbers`; empty for an integer field).
        let plainlyValid: ClosedRange<Double>

        init(column: Int, field: JobField, kind: Kind, timeBit: UInt8) {
            self.column = column
            self.field = field
            self.kind = kind
            self.timeBit = timeBit
            plainlyValid = field.plainlyValidNumbers ?? .infinity ... .infinity
        }

        /// `value` if the field accepts it.
        ///
        /// - Throws: `JobError` when it does not (see `JobField.checked(number:)`).
        @inline(__always)
        func checked(_ value: Double) throws(JobError) -> Double {
            plainlyValid.contains(value) ? value : try field.checked(number: value)
        }
    }

    private let catalog: Catalog
    private let columns: BatchColumns
    private let defaults: JobSpec
    private let format: ReportFormat
    /// The number of columns.
    private let width: Int
    private let defaultNumbers: JobNumbers
    /// The default names of hardware, CPU, region and location (empty for none).
    private let defaultNames: ([UInt8], [UInt8], [UInt8], [UInt8])
    private let headerKeys: [[UInt8]]
    private let headerKeysLength: Int
    /// The result columns' JSON keys (`"name":`), by `BatchColumns.resultNames`.
    private let resultKeys: [[UInt8]]
    /// The results of a failed JSON row: every result key with `null`, status `error`,
    /// then the error key (its message follows).
    private let failedResultsJSON: [UInt8]
    private let numberColumns: [NumberColumn]
    /// The columns of hardware, CPU, region and location, or -1.
    private let nameColumns: (Int, Int, Int, Int)
    /// The column of the provider a region name is looked up in, or -1.
    private let providerColumn: Int
    /// Whether a column or default gives the provider region names are looked up in.
    private let regionsByProvider: Bool
    /// The columns of the instance type and the TPU slice, or -1.
    private let instanceColumn: Int, sliceColumn: Int
    /// Whether a column or default names an instance type, a count of instances or a slice.
    private let impliesHardware: Bool
    /// The default names of the provider, instance type and slice (empty for none).
    private let defaultImplying: (provider: [UInt8], instance: [UInt8], slice: [UInt8])
    /// Where keys of more than one part are put together, kept to spare allocations.
    private var scratch: [UInt8] = []
    private var names: NameTables
    private var numberTexts = NumberTexts()
    /// The catalog's job context, copied so that templates made on different threads
    /// never share a reference count.
    private let context: JobContext
    /// The ids the rows' names resolved to, by index.
    private var ids = IDTable()
    /// The factors of a row naming nothing (the world's intensity and PUE, and the
    /// catalog's shared factors): the fast path's start.
    private let worldFactors: PartFactors
    /// The indices in `ids` of the world's id and of `JobParts.customSiteID`.
    private let worldID: Int, customID: Int
    /// Whether a column gives the count and no default does: an empty cell then counts one device.
    private let countMayBeAssumed: Bool
    /// The notes of a good row as a CSV cell and as a JSON string, by `Results.notes`
    /// (1: world average, 2: count assumed, 3: both; 0: none).
    private let notesCSV: [[UInt8]], notesJSON: [[UInt8]]

    /// The running totals.
    package internal(set) var summary = BatchSummary()

    /// Whether an output row came before the next one (JSON puts a comma between rows).
    var hasRowsBefore = false

    /// A processor for a file with `header`; `defaults` fill empty or missing cells.
    ///
    /// - Throws: `JobError` when two columns give the same field, or when no column or
    ///   default gives a job's power or duration (see `BatchColumns.checkRequired`).
    package init(catalog: Catalog, header: [String], defaults: JobSpec, format: ReportFormat) throws(JobError) {
        try self.init(catalog: catalog, header: header, defaults: defaults, format: format, nameLimit: NameTables.limit)
    }

    /// A processor keeping at most `nameLimit` names of each kind (tests use few).
    init(catalog: Catalog, header: [String], defaults: JobSpec, format: ReportFormat, nameLimit: Int) throws(JobError) {
        let columns = try BatchColumns(header: header)
        try columns.checkRequired(defaults: defaults)
        self.init(catalog: catalog, columns: columns, defaults: defaults, format: format, nameLimit: nameLimit)
    }

    /// A processor for the same file with tables, totals and arrays of its own, for
    /// another thread: the two then share no reference count on their hot paths.
    func sibling() -> BatchProcessor {
        BatchProcessor(catalog: catalog, columns: columns, defaults: defaults, format: format, nameLimit: names.limit)
    }

    private init(catalog: Catalog, columns: BatchColumns, defaults: JobSpec, format: ReportFormat, nameLimit: Int) {
        self.catalog = catalog
        self.names = NameTables(limit: nameLimit)
        self.columns = columns
        self.defaults = defaults
        self.format = format
        self.width = columns.header.count
        self.defaultNumbers = JobNumbers(defaults)
        self.defaultNames = (
            Array((defaults.hardware ?? "").utf8), Array((defaults.cpu ?? "").utf8),
            Array((defaults.region ?? "").utf8), Array((defaults.location ?? "").utf8)
        )
        var keys: [[UInt8]] = []
        for name in columns.header {
            var bytes: [UInt8] = []
            JSONValue.appendString(name.utf8, to: &bytes)
            keys.append(bytes + [UInt8(ascii: ":")])
        }
        self.headerKeys = keys
        self.resultKeys = columns.resultNames.map { name in
            var bytes: [UInt8] = []
            JSONValue.appendString(name.utf8, to: &bytes)
            return bytes + [UInt8(ascii: ":")]
        }
        self.headerKeysLength = (keys + resultKeys).reduce(0) { $0 + $1.count }
        var failed: [UInt8] = []
        for key in resultKeys.prefix(7) { failed += key + Array("null,".utf8) }
        self.failedResultsJSON = failed + resultKeys[7] + Array("\"error\",".utf8) + resultKeys[8]
        var numberColumns: [NumberColumn] = []
        var nameColumns = (-1, -1, -1, -1), providerColumn = -1, instanceColumn = -1, sliceColumn = -1
        for (column, field) in columns.fields.enumerated() {
            guard let field else { continue }
            switch field.valueKind {
            case .name:
                switch field {
                case .hardware: nameColumns.0 = column
                case .cpu: nameColumns.1 = column
                case .region: nameColumns.2 = column
                case .provider: providerColumn = column
                case .location: nameColumns.3 = column
                case .instance: instanceColumn = column
                case .slice: sliceColumn = column
                default: break
                }
            case .integer: numberColumns.append(NumberColumn(column: column, field: field, kind: .integer, timeBit: 0))
            case .number: numberColumns.append(NumberColumn(column: column, field: field, kind: .decimal, timeBit: field == .hours ? 1 : 0))
            case .duration: numberColumns.append(NumberColumn(column: column, field: field, kind: .duration, timeBit: 2))
            }
        }
        self.numberColumns = numberColumns
        self.nameColumns = nameColumns
        self.providerColumn = providerColumn
        self.regionsByProvider = providerColumn >= 0 || defaults.provider != nil
        self.instanceColumn = instanceColumn
        self.sliceColumn = sliceColumn
        self.impliesHardware = instanceColumn >= 0 || sliceColumn >= 0 || columns.fields.contains(.instances)
            || defaults.instance != nil || defaults.instances != nil || defaults.slice != nil
        self.defaultImplying = (
            Array((defaults.provider ?? "").utf8), Array((defaults.instance ?? "").utf8), Array((defaults.slice ?? "").utf8)
        )
        let shared = catalog.jobContext
        self.countMayBeAssumed = columns.fields.contains(.count) && defaults.count == nil
        let notes = ["", Self.worldAverageNote, Self.countAssumedNote, Self.worldAverageNote + "; " + Self.countAssumedNote]
        self.notesCSV = notes.map { Array(CSVWriter.escape($0).utf8) }
        self.notesJSON = notes.map { note in
            var bytes: [UInt8] = []
            JSONValue.appendString(note.utf8, to: &bytes)
            return bytes
        }
        self.context = JobContext(world: shared.world.with(), unknownPUE: shared.unknownPUE, memoryWattsPerGB: shared.memoryWattsPerGB)
        self.worldFactors = JobParts(hardware: nil, cpu: nil, cpuName: nil, place: nil, context: context).factors
        self.worldID = ids.index(of: context.world.id)
        self.customID = ids.index(of: JobParts.customSiteID)
        summary.unusedLookalikes = columns.unusedLookalikes(defaults: defaults)
        summary.earlierResults = columns.earlierResults
        summary.renamedResults = zip(Self.resultColumns, columns.resultNames).filter { $0 != $1 }.map(\.1)
    }

    /// What the output starts with: the CSV header line, or `[` for JSON.
    package func prologue() -> [UInt8] {
        switch format {
        case .csv, .table, .html: Array(CSVWriter.line(columns.header + columns.resultNames).utf8)
        case .json: Array("[\n".utf8)
        case .ndjson: []
        }
    }

    /// What the output ends with: `]` for JSON.
    package func epilogue() -> [UInt8] {
        format == .json ? Array((summary.rows == 0 ? "]\n" : "\n]\n").utf8) : []
    }

    /// Estimates the record `fields` of `bytes` (starting on `line`) and appends its output
    /// row to `output`.
    ///
    /// - Returns: the row's error, if it failed.
    package mutating func process(
        _ fields: [CSVField], in bytes: UnsafeBufferPointer<UInt8>, line: Int, malformed: Bool, into output: inout [UInt8]
    ) -> BatchRowError? {
        let buffer = ByteBuffer(capacity: 1 << 10)
        let error = fields.withUnsafeBufferPointer { fields in
            process(fields, in: bytes, line: line, malformed: malformed, into: buffer)
        }
        output.append(contentsOf: buffer.bytes)
        return error
    }

    /// Estimates the record `fields` of `bytes` (starting on `line`) and appends its output
    /// row to `output`.
    ///
    /// - Returns: the row's error, if it failed.
    mutating func process(
        _ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>, line: Int, malformed: Bool, into output: ByteBuffer
    ) -> BatchRowError? {
        summary.rows += 1
        let failure: JobError
        if let shape = shapeError(fields, in: bytes, malformed: malformed) {
            failure = shape
        } else {
            do throws(JobError) {
                let results = try estimate(fields, in: bytes)
                summary.ok += 1
                summary.energyKWh += results.energyKWh
                summary.co2eKg += results.co2eKg
                if results.notes & 1 != 0 { summary.worldAverage += 1 }
                if results.notes & 2 != 0 { summary.countAssumed += 1 }
                writeRow(fields, in: bytes, contiguous: true, results: results, error: nil, to: output)
                return nil
            } catch {
                failure = error
            }
        }
        return fail(failure, fields, in: bytes, line: line, into: output)
    }

    /// Why a record cannot be a row, before its cells are read: faulty quoting (saying so when
    /// it ran over the lines after it: a quote never closed takes the rows below into the
    /// record), or a field count unlike the header's.
    @inline(__always)
    func shapeError(_ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>, malformed: Bool) -> JobError? {
        let fieldCount = fields.count
        if malformed {
            var lineBreaks = 0
            if let first = fields.first, let last = fields.last {
                let end = max(first.start, last.rawRange(in: bytes.count).upperBound)
                for byte in bytes[first.start..<end] where byte == UInt8(ascii: "\n") { lineBreaks += 1 }
            }
            let lines = lineBreaks > 0
                ? ": the record runs on past \(lineBreaks) line break\(lineBreaks == 1 ? "" : "s"), so the rows after this line are inside it"
                : ""
            return JobError(field: nil, message: "malformed quoting (a quote must open and close a whole field)" + lines)
        }
        if fieldCount != width { return JobError(field: nil, message: "has \(fieldCount) fields, the header has \(width)") }
        return nil
    }

    /// The error of a header longer than `BatchStream.maxRecordBytes`, which refuses the file.
    static var overlongHeader: JobError {
        JobError(field: nil, message: "the header is longer than \(BatchStream.maxRecordBytes >> 20) MiB")
    }

    /// The error of a record longer than `BatchStream.maxRecordBytes`, skipped to the end of its line.
    static var overlongRecord: JobError {
        JobError(field: nil, message: "the line is longer than \(BatchStream.maxRecordBytes >> 20) MiB: skipped")
    }

    /// Writes the error row of a record longer than `BatchStream.maxRecordBytes`, which is
    /// skipped to the end of its line: its cells are left empty.
    mutating func skipOverlong(line: Int, into output: ByteBuffer) -> BatchRowError {
        summary.rows += 1
        return fail(Self.overlongRecord, UnsafeBufferPointer(start: nil, count: 0), in: UnsafeBufferPointer(start: nil, count: 0), line: line, into: output)
    }

    /// Counts a failed row and writes it with its message.
    private mutating func fail(
        _ failure: JobError, _ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>, line: Int, into output: ByteBuffer
    ) -> BatchRowError {
        summary.errors += 1
        let error = rowError(failure, fields, in: bytes, line: line)
        writeRow(fields, in: bytes, contiguous: false, results: nil, error: error.message, to: output)
        return error
    }

    /// The error of the record `fields` of `bytes` on `line`, with the column of the field
    /// at fault (when a column gives it) and that column's cell.
    func rowError(_ failure: JobError, _ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>, line: Int) -> BatchRowError {
        let column = failure.field.flatMap { columns.fields.firstIndex(of: $0) }
        return BatchRowError(
            line: line, column: column.map { columns.header[$0] },
            value: column.flatMap { $0 < fields.count ? fields[$0].string(in: bytes) : nil },
            error: failure, message: describe(failure))
    }

    /// The figures of an output row: energy, CO2e, intensity and PUE, the ids the names
    /// resolved to (indices in `ids`, -1 for none), and its notes: 1 when it fell back to
    /// the world average, 2 when one device was counted for an empty count cell. Plain
    /// numbers, so a row's results cost no reference counting.
    private struct Results {
        let energyKWh: Double, co2eKg: Double, intensity: Double, pue: Double
        let hardwareID: Int, cpuID: Int, locationID: Int
        let notes: Int
    }

    /// The figures of the record `fields` of `bytes`, from its names and numbers as they
    /// are: no job or estimate is made (nor allocated) for a row. Most rows take the fast
    /// path (`fastResults`); the others make the row's `JobParts`.
    private mutating func estimate(_ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>) throws(JobError) -> Results {
        var numbers = try numbers(fields, in: bytes)
        let names = nameIndices(fields, in: bytes)
        if let results = fastResults(names, numbers) { return results }
        let parts = try parts(fields, in: bytes, names: names, numbers: &numbers)
        let figures = try parts.figures(with: numbers)
        return results(
            figures, numbers, hasPlace: parts.place != nil, hardwareID: parts.hardware.map { ids.index(of: $0.id) } ?? -1,
            cpuID: parts.cpu.map { ids.index(of: $0.id) } ?? -1, locationID: ids.index(of: parts.siteID(numbers)))
    }

    /// The results of a row whose names are all cached with their records: its factors are
    /// read from the records, touching no object. Nil when the row needs the general path:
    /// it implies hardware (an instance type or a slice), names two places, has a name that
    /// failed, or has figures that fail (the general path then says why).
    @inline(__always)
    private func fastResults(_ names: NameIndices, _ numbers: JobNumbers) -> Results? {
        guard !impliesHardware, names.region < 0 || names.location < 0 else { return nil }
        var device: HardwareRecord?, processor: HardwareRecord?, site: SiteRecord?
        if names.device >= 0 {
            guard let record = self.names.devices.record(at: names.device) else { return nil }
            device = record
        }
        if names.processor >= 0 {
            guard let record = self.names.processors.record(at: names.processor) else { return nil }
            processor = record
        }
        if names.region >= 0 {
            guard let record = self.names.regions.record(at: names.region) else { return nil }
            site = record
        } else if names.location >= 0 {
            guard let record = self.names.locations.record(at: names.location) else { return nil }
            site = record
        }
        var factors = worldFactors
        factors.deviceWatts = device?.watts
        factors.processorWatts = processor?.watts
        factors.processorCores = processor?.cores
        if let site {
            factors.hasPlace = true
            factors.siteIntensity = site.intensity
            factors.sitePUE = site.pue
        }
        guard let figures = try? factors.figures(with: numbers, processorName: "") else { return nil }
        return results(
            figures, numbers, hasPlace: site != nil, hardwareID: device?.id ?? -1, cpuID: processor?.id ?? -1,
            locationID: site?.id ?? (numbers.intensity != nil ? customID : worldID))
    }

    /// The results of a row's `figures`.
    @inline(__always)
    private func results(
        _ figures: JobFigures, _ numbers: JobNumbers, hasPlace: Bool, hardwareID: Int, cpuID: Int, locationID: Int
    ) -> Results {
        let energy = Estimator.energy(figures)
        let worldAverage = !hasPlace && numbers.intensity == nil
        let countAssumed = countMayBeAssumed && numbers.count == nil && figures.deviceCount > 0
        return Results(
            energyKWh: energy.energyKWh, co2eKg: energy.co2eKg, intensity: figures.intensity, pue: figures.pue,
            hardwareID: hardwareID, cpuID: cpuID, locationID: locationID, notes: (worldAverage ? 1 : 0) | (countAssumed ? 2 : 0))
    }

    /// The job of the record `fields` of `bytes`.
    mutating func job(_ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>) throws(JobError) -> Job {
        var numbers = try numbers(fields, in: bytes)
        let names = nameIndices(fields, in: bytes)
        let parts = try parts(fields, in: bytes, names: names, numbers: &numbers)
        return try JobTemplate(parts).job(with: numbers)
    }

    /// The numbers of the record `fields` of `bytes`: its cells, else the defaults.
    @inline(__always)
    private func numbers(_ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>) throws(JobError) -> JobNumbers {
        var numbers = defaultNumbers
        var timeGiven: UInt8 = 0
        for number in numberColumns {
            let field = fields[number.column]
            let cell = Self.trimmed(field, in: bytes)
            guard !cell.isEmpty else { continue }
            let raw = UnsafeBufferPointer(rebasing: bytes[cell])
            timeGiven |= number.timeBit
            switch number.kind {
            case .integer:
                if let value = ByteNumbers.integer(raw) {
                    numbers.set(number.field, integer: try number.field.checked(integer: value))
                } else if case let .integer(value) = try number.field.parse(field.string(in: bytes)) {
                    numbers.set(number.field, integer: value)
                }
            case .decimal:
                if let value = ByteNumbers.decimal(raw) ?? (number.field.isFraction ? ByteNumbers.percent(raw) : nil) {
                    numbers.set(number.field, number: try number.checked(value))
                } else if case let .number(value) = try number.field.parse(field.string(in: bytes)) {
                    numbers.set(number.field, number: value)
                }
            case .duration:
                if let value = DurationText.hours(raw) {
                    numbers.set(number.field, number: try number.checked(value))
                } else if case let .number(value) = try number.field.parse(field.string(in: bytes)) {
                    numbers.set(number.field, number: value)
                }
            }
        }
        // A row's hours or duration replaces the command line's other one.
        if timeGiven == 1 { numbers.duration = nil } else if timeGiven == 2 { numbers.hours = nil }
        return numbers
    }

    /// A row's names as indices in their caches (-1 for none; see `lookup`), with the
    /// hardware and slice cells a TPU slice is read from.
    private struct NameIndices {
        let device: Int, processor: Int, region: Int, location: Int
        let hardwareCell: Range<Int>?, sliceCell: Range<Int>?
    }

    /// The row's names, each looked up (in the catalog on first sight): each slot holds the
    /// trimmed cell, or the default when the cell is empty or missing; a place cell (region
    /// or location) clears the default of the other place slot.
    @inline(__always)
    private mutating func nameIndices(_ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>) -> NameIndices {
        let cells = (
            cell(nameColumns.0, fields, bytes), cell(nameColumns.1, fields, bytes),
            cell(nameColumns.2, fields, bytes), cell(nameColumns.3, fields, bytes)
        )
        let givesPlace = cells.2 != nil || cells.3 != nil
        let device = Self.lookup(names.devices, nameColumns.0, cells.0, defaultNames.0, useDefault: true, fields, bytes)
            ?? name(.hardware, cells.0, useDefault: true, fields, bytes)
        let processor = Self.lookup(names.processors, nameColumns.1, cells.1, defaultNames.1, useDefault: true, fields, bytes)
            ?? name(.cpu, cells.1, useDefault: true, fields, bytes)
        let region = regionsByProvider
            ? providedRegion(cells.2, useDefault: !givesPlace, fields, bytes)
            : Self.lookup(names.regions, nameColumns.2, cells.2, defaultNames.2, useDefault: !givesPlace, fields, bytes)
                ?? name(.region, cells.2, useDefault: !givesPlace, fields, bytes)
        let location = Self.lookup(names.locations, nameColumns.3, cells.3, defaultNames.3, useDefault: !givesPlace, fields, bytes)
            ?? name(.location, cells.3, useDefault: !givesPlace, fields, bytes)
        return NameIndices(
            device: device, processor: processor, region: region, location: location,
            hardwareCell: cells.0, sliceCell: cell(sliceColumn, fields, bytes))
    }

    /// The parts the row's `names` give.
    ///
    /// An instance type or TPU slice (see `implied(_:in:numbers:hardware:cpu:region:)`)
    /// fills the hardware and CPU the row does not name, and the numbers it does not give.
    ///
    /// The parts are values made afresh for each row from names looked up once, allocating
    /// nothing: caching them per combination of names would touch a cold entry for most rows
    /// of a large, varied file.
    private mutating func parts(
        _ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>, names indices: NameIndices, numbers: inout JobNumbers
    ) throws(JobError) -> JobParts {
        let (device, processor, region, location) = (indices.device, indices.processor, indices.region, indices.location)
        // The names' errors in the order of `Catalog.job(for:)`: hardware, CPU, region, location.
        var hardware: Hardware?, slice: NamedSlice?
        do throws(JobError) {
            hardware = try names.devices.value(at: device)
        } catch {
            // A hardware name such as tpu-v4-128 names a TPU slice, when no slice is given.
            guard sliceColumn < 0 || indices.sliceCell == nil, defaultImplying.slice.isEmpty else { throw error }
            let index = sliceIndex(.hardware, indices.hardwareCell, fields, bytes)
            guard let named = try names.slices.value(at: index), named.slice != nil else { throw error }
            slice = named
        }
        var cpu = try names.processors.value(at: processor)
        let regionSite = try names.regions.value(at: region), locationSite = try names.locations.value(at: location)
        if impliesHardware || slice != nil {
            // Each index first: looking one up may add it to its cache.
            let instanceIndex = instanceIndex(fields, bytes, region: regionSite)
            let instance = try names.instances.value(at: instanceIndex)
            if slice == nil {
                let index = sliceIndex(.slice, indices.sliceCell, fields, bytes)
                slice = try names.slices.value(at: index)
            }
            let implied = try ImpliedNumbers(
                instance: instance, instances: numbers.instances, slice: slice?.slice, sliceChip: slice?.chip,
                sliceField: slice?.field ?? .slice, explicitDevice: hardware, cpu: cpu ?? instance?.cpu, numbers: numbers,
                regionProvider: regionSite?.provider)
            implied.fill(&numbers)
            hardware = hardware ?? implied.device
            cpu = cpu ?? instance?.cpu
        }
        let cpuName = processor < 0 ? nil : names.processors.name(at: processor)
        if regionSite != nil, locationSite != nil {
            // Both places: the catalog's own check says why that is refused.
            return try catalog.template(hardware: hardware, cpu: cpu, cpuName: cpuName, region: regionSite, location: locationSite).parts
        }
        return JobParts(hardware: hardware, cpu: cpu, cpuName: cpuName, place: regionSite ?? locationSite, context: context)
    }

    /// The index in `names.instances` of the row's instance type (its cell, else the
    /// default), looked up among the types of the row's provider (its cell, else the
    /// default, else the provider of the row's `region`); -1 when the row names no type.
    private mutating func instanceIndex(
        _ fields: UnsafeBufferPointer<CSVField>, _ bytes: UnsafeBufferPointer<UInt8>, region: Site?
    ) -> Int {
        let instanceCell = cell(instanceColumn, fields, bytes)
        guard instanceCell != nil || !defaultImplying.instance.isEmpty else { return -1 }
        let providerCell = cell(providerColumn, fields, bytes)
        scratch.removeAll(keepingCapacity: true)
        // The key: the provider named (then 0x1F) or the region's provider (then 0x1E), and the type's name.
        if let providerCell {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[providerCell]))
        } else if !defaultImplying.provider.isEmpty {
            scratch.append(contentsOf: defaultImplying.provider)
        } else if let provider = region?.provider {
            scratch.append(contentsOf: provider.utf8)
        }
        let providerNamed = providerCell != nil || !defaultImplying.provider.isEmpty
        scratch.append(providerNamed ? 0x1F : 0x1E)
        if let instanceCell {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[instanceCell]))
        } else {
            scratch.append(contentsOf: defaultImplying.instance)
        }
        let key = scratch
        return key.withUnsafeBufferPointer { key in
            if let found = names.instances.index(of: key) { return found }
            let name = instanceCell == nil
                ? String(decoding: defaultImplying.instance, as: UTF8.self) : fields[instanceColumn].string(in: bytes).trimmingWhitespace()
            let provider = providerCell == nil
                ? (providerNamed ? String(decoding: defaultImplying.provider, as: UTF8.self) : region?.provider)
                : fields[providerColumn].string(in: bytes).trimmingWhitespace()
            let catalog = catalog
            return names.instances.insert(name, key, Result { () throws(JobError) in
                let providerID = try providerNamed ? provider.map(catalog.providerID(named:)) : provider
                return try catalog.instance(named: name, provider: providerID).ownCopy()
            })
        }
    }

    /// The index in `names.slices` of the slice that `cell` names (else the default
    /// slice, or hardware for `field` hardware); -1 when that leaves no name.
    private mutating func sliceIndex(
        _ field: JobField, _ cell: Range<Int>?, _ fields: UnsafeBufferPointer<CSVField>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let defaultName = field == .slice ? defaultImplying.slice : defaultNames.0
        guard cell != nil || !defaultName.isEmpty else { return -1 }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(field == .slice ? 0 : 1)
        if let cell {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cell]))
        } else {
            scratch.append(contentsOf: defaultName)
        }
        let key = scratch
        return key.withUnsafeBufferPointer { key in
            if let found = names.slices.index(of: key) { return found }
            let name = cell == nil
                ? String(decoding: defaultName, as: UTF8.self)
                : fields[field == .slice ? sliceColumn : nameColumns.0].string(in: bytes).trimmingWhitespace()
            let catalog = catalog
            return names.slices.insert(name, key, Result { () throws(JobError) in
                let slice = field == .slice ? try TPUSlice.named(name) : try TPUSlice(name, field: .hardware)
                return NamedSlice(slice: slice, chip: slice.flatMap(catalog.chip(of:))?.ownCopy(), field: field)
            })
        }
    }

    /// The index of the row's region (its cell, else the default when `useDefault`),
    /// looked up among the regions of the row's provider (its cell, else the default);
    /// -1 when the row has no region.
    private mutating func providedRegion(
        _ cell: Range<Int>?, useDefault: Bool, _ fields: UnsafeBufferPointer<CSVField>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        guard cell != nil || useDefault && defaults.region != nil else { return -1 }
        let providerCell = self.cell(providerColumn, fields, bytes)
        // The key, made in the scratch buffer: the provider's bytes, 0x1F, the region's bytes
        // (each the trimmed cell, else the default).
        scratch.removeAll(keepingCapacity: true)
        if let providerCell {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[providerCell]))
        } else {
            scratch.append(contentsOf: defaultImplying.provider)
        }
        scratch.append(0x1F)
        if let cell {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cell]))
        } else {
            scratch.append(contentsOf: defaultNames.2)
        }
        let key = scratch
        return key.withUnsafeBufferPointer { key in
            if let found = names.regions.index(of: key) { return found }
            let regionName = cell == nil ? defaults.region ?? "" : fields[nameColumns.2].string(in: bytes).trimmingWhitespace()
            var providerName = defaults.provider ?? ""
            if providerCell != nil {
                let text = fields[providerColumn].string(in: bytes).trimmingWhitespace()
                if !text.isEmpty { providerName = text }
            }
            let catalog = catalog
            let found = Result { () throws(JobError) in
                try catalog.region(named: regionName, provider: providerName.isEmpty ? nil : providerName).with()
            }
            let record = try? record(of: found.get())
            return names.regions.insert(regionName, key, found, record: record)
        }
    }

    /// The trimmed cell of `column`, or nil when it is empty or `column` is -1.
    @inline(__always)
    private func cell(_ column: Int, _ fields: UnsafeBufferPointer<CSVField>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard column >= 0 else { return nil }
        let range = Self.trimmed(fields[column], in: bytes)
        return range.isEmpty ? nil : range
    }

    /// The index in `cache` of the name in `cell`, else of `defaultName` when
    /// `useDefault`; -1 when that leaves no name; nil when the name is new to the cache
    /// or has `""` escapes (then `name` finds it).
    @inline(__always)
    private static func lookup<Value, Record>(
        _ cache: borrowing NameCache<Value, Record>, _ column: Int, _ cell: Range<Int>?, _ defaultName: [UInt8], useDefault: Bool,
        _ fields: UnsafeBufferPointer<CSVField>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        if let cell {
            return fields[column].hasDoubledQuotes ? nil : cache.index(of: UnsafeBufferPointer(rebasing: bytes[cell]))
        }
        guard useDefault, !defaultName.isEmpty else { return -1 }
        return defaultName.withUnsafeBufferPointer { cache.index(of: $0) }
    }

    /// The index, in the table of `field`, of the name in `cell` (`""` escapes undone),
    /// else of the default name when `useDefault`; -1 when that leaves no name.
    private mutating func name(
        _ field: JobField, _ cell: Range<Int>?, useDefault: Bool, _ fields: UnsafeBufferPointer<CSVField>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        if let cell {
            let column = switch field {
            case .hardware: nameColumns.0
            case .cpu: nameColumns.1
            case .region: nameColumns.2
            default: nameColumns.3
            }
            if fields[column].hasDoubledQuotes {
                var name = fields[column].string(in: bytes).trimmingWhitespace()
                return name.isEmpty ? -1 : name.withUTF8 { index(field, of: $0) }
            }
            return index(field, of: UnsafeBufferPointer(rebasing: bytes[cell]))
        }
        guard useDefault else { return -1 }
        let name = switch field {
        case .hardware: defaultNames.0
        case .cpu: defaultNames.1
        case .region: defaultNames.2
        default: defaultNames.3
        }
        return name.isEmpty ? -1 : name.withUnsafeBufferPointer { index(field, of: $0) }
    }

    /// The index of `name` in the table of `field`, looked up in the catalog on first sight.
    @inline(__always)
    private mutating func index(_ field: JobField, of name: UnsafeBufferPointer<UInt8>) -> Int {
        let found = switch field {
        case .hardware: names.devices.index(of: name)
        case .cpu: names.processors.index(of: name)
        case .region: names.regions.index(of: name)
        default: names.locations.index(of: name)
        }
        return found ?? resolve(field, name)
    }

    /// The number of place names looked up one by one before the catalog's places are read.
    private static let placesBeforeReadingAll = 8

    /// Looks `name` up in the catalog and keeps the answer (a copy of the catalog's object).
    private mutating func resolve(_ field: JobField, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let name = String(decoding: bytes, as: UTF8.self), catalog = catalog
        if field == .region || field == .location, names.regions.count + names.locations.count == Self.placesBeforeReadingAll {
            // Past a few places, reading the catalog's places at once is cheaper than name by name.
            catalog.readPlaces()
        }
        switch field {
        case .hardware:
            let found = Result { () throws(JobError) in try catalog.device(named: name).ownCopy() }
            return names.devices.insert(name, bytes, found, record: try? record(of: found.get()))
        case .cpu:
            let found = Result { () throws(JobError) in try catalog.processor(named: name).ownCopy() }
            return names.processors.insert(name, bytes, found, record: try? record(of: found.get()))
        case .region:
            let found = Result { () throws(JobError) in try catalog.region(named: name).with() }
            return names.regions.insert(name, bytes, found, record: try? record(of: found.get()))
        default:
            let found = Result { () throws(JobError) in try catalog.location(named: name).with() }
            return names.locations.insert(name, bytes, found, record: try? record(of: found.get()))
        }
    }

    /// What the fast path reads of `hardware`, its id kept in `ids`.
    private mutating func record(of hardware: Hardware) -> HardwareRecord {
        HardwareRecord(watts: hardware.maxPowerWatts, cores: hardware.cores, id: ids.index(of: hardware.id))
    }

    /// What the fast path reads of `site`, its id kept in `ids`.
    private mutating func record(of site: Site) -> SiteRecord {
        SiteRecord(intensity: site.intensity.value, pue: site.pue.value, id: ids.index(of: site.id))
    }

    /// "column 'gpus': 'x' is not a whole number", naming the column the field came from.
    private func describe(_ error: JobError) -> String {
        guard let field = error.field else { return error.message }
        if let column = columns.fields.firstIndex(of: field) {
            return "column '\(columns.header[column])': \(error.message)"
        }
        return "\(field.name): \(error.message)"
    }

    /// Writes the output row: the cells, then the four results or the error.
    ///
    /// `contiguous` says the record is well formed with one field per column, so its
    /// cells, commas and quotes stand in the input exactly as the CSV output repeats them.
    private mutating func writeRow(
        _ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>, contiguous: Bool,
        results: Results?, error: String?, to output: ByteBuffer
    ) {
        let width = columns.header.count
        var span = 0
        if let first = fields.first, let last = fields.last {
            span = last.rawRange(in: bytes.count).upperBound - first.rawRange(in: bytes.count).lowerBound
        }
        let numbers = 4 * NumberFormat.maxJSONLength + 64 + 18 * ids.longest + IDTable.padding
        switch format {
        case .csv, .table, .html:
            output.write(reserving: span + width + numbers + notesCSV[3].count + 16) { writer in
                if contiguous {
                    let start = fields[0].rawRange(in: bytes.count).lowerBound
                    writer.append(UnsafeBufferPointer(rebasing: bytes[start..<(start + span)]))
                } else {
                    for column in 0..<width {
                        if column > 0 { writer.append(UInt8(ascii: ",")) }
                        if column < fields.count {
                            writer.append(UnsafeBufferPointer(rebasing: bytes[fields[column].rawRange(in: bytes.count)]))
                        }
                    }
                }
                writer.append(UInt8(ascii: ","))
                if let results {
                    appendCSV(results.hardwareID, to: &writer)
                    appendCSV(results.cpuID, to: &writer)
                    appendCSV(results.locationID, to: &writer)
                    writer.appendNumber(results.energyKWh)
                    writer.append(UInt8(ascii: ","))
                    writer.appendNumber(results.co2eKg)
                    writer.append(UInt8(ascii: ","))
                    numberTexts.append(results.intensity, to: &writer)
                    writer.append(UInt8(ascii: ","))
                    numberTexts.append(results.pue, to: &writer)
                    writer.append(",ok,")
                    if results.notes != 0 { writer.append(notesCSV[results.notes]) }
                    writer.append(UInt8(ascii: "\n"))
                }
            }
            if results == nil {
                let cell = Array(CSVWriter.escape(CSVWriter.neutralizingFormula(error ?? "")).utf8)
                output.write(reserving: cell.count + 16) { writer in
                    writer.append(",,,,,,,error,")
                    writer.append(cell)
                    writer.append(UInt8(ascii: "\n"))
                }
            }
        case .json, .ndjson:
            let isJSON = format == .json
            let separated = hasRowsBefore
            output.write(reserving: headerKeysLength + 6 * span + 8 * width + numbers + notesJSON[3].count + 160) { writer in
                if isJSON { separated ? writer.append(",\n  ") : writer.append("  ") }
                writer.append(UInt8(ascii: "{"))
                for column in 0..<width {
                    writer.append(headerKeys[column])
                    if column < fields.count {
                        let field = fields[column]
                        if field.hasDoubledQuotes {
                            var text = field.string(in: bytes)
                            text.withUTF8 { writer.appendJSONString($0) }
                        } else {
                            writer.appendJSONString(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
                        }
                    } else {
                        writer.append("null")
                    }
                    writer.append(UInt8(ascii: ","))
                }
                if let results {
                    appendJSON(key: resultKeys[0], results.hardwareID, to: &writer)
                    appendJSON(key: resultKeys[1], results.cpuID, to: &writer)
                    appendJSON(key: resultKeys[2], results.locationID, to: &writer)
                    writer.append(resultKeys[3])
                    writer.appendNumber(results.energyKWh)
                    writer.append(UInt8(ascii: ","))
                    writer.append(resultKeys[4])
                    writer.appendNumber(results.co2eKg)
                    writer.append(UInt8(ascii: ","))
                    writer.append(resultKeys[5])
                    numberTexts.append(results.intensity, to: &writer)
                    writer.append(UInt8(ascii: ","))
                    writer.append(resultKeys[6])
                    numberTexts.append(results.pue, to: &writer)
                    writer.append(UInt8(ascii: ","))
                    writer.append(resultKeys[7])
                    writer.append("\"ok\",")
                    writer.append(resultKeys[8])
                    results.notes != 0 ? writer.append(notesJSON[results.notes]) : writer.append("null")
                    writer.append(UInt8(ascii: "}"))
                    if !isJSON { writer.append(UInt8(ascii: "\n")) }
                }
            }
            if results == nil {
                var message = error ?? ""
                output.write(reserving: 6 * message.utf8.count + failedResultsJSON.count + 16) { writer in
                    writer.append(failedResultsJSON)
                    message.withUTF8 { writer.appendJSONString($0) }
                    writer.append(UInt8(ascii: "}"))
                    if !isJSON { writer.append(UInt8(ascii: "\n")) }
                }
            }
        }
        hasRowsBefore = true
    }

    /// Appends a resolved id and a comma (ids are lower-case letters, digits and `-:.`, so
    /// they need no quoting); nothing but the comma for none.
    @inline(__always)
    private func appendCSV(_ id: Int, to writer: inout ByteWriter) {
        if id >= 0 { ids.append(id, to: &writer) }
        writer.append(UInt8(ascii: ","))
    }

    /// Appends `"key":"id",` (or `null`).
    @inline(__always)
    private func appendJSON(key: [UInt8], _ id: Int, to writer: inout ByteWriter) {
        writer.append(key)
        if id >= 0 {
            ids.withBytes(id) { writer.appendJSONString($0) }
        } else {
            writer.append("null")
        }
        writer.append(UInt8(ascii: ","))
    }

    /// The field's content range without surrounding spaces and tabs.
    @inline(__always)
    private static func trimmed(_ field: CSVField, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = field.start, end = field.end
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }
}

extension InstanceType {
    /// The same instance type in an object of its own, with its own hardware objects.
    func ownCopy() -> InstanceType {
        InstanceType(
            id: id, provider: provider, name: name, accelerator: accelerator?.ownCopy(), acceleratorCount: acceleratorCount,
            vcpus: vcpus, cpu: cpu?.ownCopy(), memoryGB: memoryGB, provenance: provenance)
    }
}

extension Hardware {
    /// The same hardware row in an object of its own.
    func ownCopy() -> Hardware {
        Hardware(
            id: id, name: name, aliases: aliases, kind: kind, vendor: vendor, maxPowerWatts: maxPowerWatts,
            memoryGB: memoryGB, cores: cores, threads: threads, provenance: provenance)
    }
}
