import Testing
@testable import Footprint

/// Batch processing: one output row per input row, in order, nothing lost.
struct BatchTests {
    let catalog = try! Catalog.builtIn()

    /// Runs a batch over `input`, read in chunks of `chunk` bytes, with `options`.
    func run(
        _ input: [UInt8], defaults: JobSpec = JobSpec(), format: ReportFormat = .csv, chunk: Int,
        options: BatchStream.Options, statistics: inout BatchStream.Statistics
    ) throws -> (output: String, errors: [BatchRowError], summary: BatchSummary?) {
        var offset = 0
        var output: [UInt8] = []
        var errors: [BatchRowError] = []
        let summary = try BatchStream.run(
            catalog: catalog, defaults: defaults, format: format, options: options, statistics: &statistics,
            read: { buffer in
                let count = min(chunk, buffer.count, input.count - offset)
                for index in 0..<count { buffer[index] = input[offset + index] }
                offset += count
                return count
            },
            write: { output += $0 }, report: { errors.append($0) })
        return (String(decoding: output, as: UTF8.self), errors, summary)
    }

    /// The ways `run` reads: one thread, then two threads splitting chunks of 16 bytes and
    /// up at every chance, then the defaults (chunks of 1 MiB, split when 64 KiB are left).
    static let modes: [BatchStream.Options] = [
        BatchStream.Options(chunkBytes: 16, parallel: false, splitMinimum: 1),
        BatchStream.Options(chunkBytes: 16, parallel: true, splitMinimum: 1),
        BatchStream.Options(),
    ]

    /// Runs a batch over `input`, read in chunks of `chunk` bytes, in every mode of `modes`;
    /// expects the same output, errors and totals from each, and returns them.
    func run(_ input: [UInt8], defaults: JobSpec = JobSpec(), format: ReportFormat = .csv, chunk: Int = 7)
        throws -> (output: String, errors: [BatchRowError], summary: BatchSummary?)
    {
        var statistics = BatchStream.Statistics()
        let first = try run(input, defaults: defaults, format: format, chunk: chunk, options: Self.modes[0], statistics: &statistics)
        for options in Self.modes.dropFirst() {
            let other = try run(input, defaults: defaults, format: format, chunk: chunk, options: options, statistics: &statistics)
            expectSame(other, first)
        }
        return first
    }

    func expectSame(
        _ actual: (output: String, errors: [BatchRowError], summary: BatchSummary?),
        _ expected: (output: String, errors: [BatchRowError], summary: BatchSummary?),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.output == expected.output, sourceLocation: sourceLocation)
        #expect(actual.errors == expected.errors, sourceLocation: sourceLocation)
        #expect(actual.summary?.rows == expected.summary?.rows, sourceLocation: sourceLocation)
        #expect(actual.summary?.ok == expected.summary?.ok, sourceLocation: sourceLocation)
        #expect(actual.summary?.errors == expected.summary?.errors, sourceLocation: sourceLocation)
        if let actual = actual.summary, let expected = expected.summary {
            expectClose(actual.energyKWh, expected.energyKWh, sourceLocation: sourceLocation)
            expectClose(actual.co2eKg, expected.co2eKg, sourceLocation: sourceLocation)
        }
    }

    @Test func rowsAreConservedInOrderWithPassThroughColumns() throws {
        let input = """
            id,hardware,count,hours,intensity,pue,note
            1,A100 SXM4 80GB,8,72,300,1.1,"first, with comma"
            2,A100 SXM9,1,1,300,1,typo
            3,,,5,300,1,no device
            4,A100 SXM4 80GB,2,10,300,1.5,"says ""hi""\nover two lines"
            5,A100 SXM4 80GB,1,1,300
            """
        let (output, errors, summary) = try run(Array(input.utf8))
        let lines = try CSVTable(name: "out.csv", text: output)
        // The input's own pue column keeps its name; the result's is told apart.
        #expect(lines.header == ["id", "hardware", "count", "hours", "intensity", "pue", "note"]
            + BatchProcessor.resultColumns.map { $0 == "pue" ? "footprint_pue" : $0 })
        #expect(lines.rows.map { lines.cell($0, "footprint_pue") } == ["1.1", "", "", "1.5", ""])
        #expect(lines.rows.map { $0.cells[0] } == ["1", "2", "3", "4", "5"])
        #expect(lines.rows.map { lines.cell($0, "status") } == ["ok", "error", "error", "ok", "error"])
        #expect(lines.rows[0].cells[6] == "first, with comma")
        #expect(lines.rows[3].cells[6] == "says \"hi\"\nover two lines")
        expectClose(Double(lines.cell(lines.rows[0], "energy_kwh"))!, 253.44)
        expectClose(Double(lines.cell(lines.rows[0], "co2e_kg"))!, 76.032)
        expectClose(Double(lines.cell(lines.rows[3], "energy_kwh"))!, 12)   // 2 × 400 W × 10 h × PUE 1.5
        expectClose(Double(lines.cell(lines.rows[3], "co2e_kg"))!, 3.6)
        #expect(lines.cell(lines.rows[1], "error").contains("column 'hardware': unknown hardware 'A100 SXM9'; did you mean"))
        #expect(lines.cell(lines.rows[2], "error").hasPrefix("column 'hardware': missing"))
        #expect(lines.cell(lines.rows[4], "error") == "has 5 fields, the header has 7")
        #expect(errors.map(\.line) == [3, 4, 7])
        let totals = try #require(summary)
        #expect([totals.rows, totals.ok, totals.errors] == [5, 2, 3])
        #expect(totals.renamedResults == ["footprint_pue"])
        expectClose(totals.energyKWh, 253.44 + 12)
        expectClose(totals.co2eKg, 76.032 + 3.6)
    }

    @Test func bomCRLFAndAliasesAndDefaults() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("gpu,gpus,duration_hours\r\nH100 SXM5 80GB,2,10\r\n\r\nH100 SXM5 80GB,1,\r\n".utf8)
        let defaults = try JobSpec(parsing: [.hours: "5", .intensity: "100", .pue: "1"])
        let (output, errors, summary) = try run(input, defaults: defaults, chunk: 5)
        #expect(errors.isEmpty)
        #expect(summary?.rows == 2)
        let table = try CSVTable(name: "out.csv", text: output)
        #expect(table.header.first == "gpu")
        expectClose(Double(table.cell(table.rows[0], "energy_kwh"))!, 14)   // 2 × 700 W × 10 h
        expectClose(Double(table.cell(table.rows[1], "energy_kwh"))!, 3.5)  // 1 × 700 W × 5 h (default hours)
    }

    @Test func rowPlaceReplacesDefaultPlace() throws {
        let input = Array("power,hours,location\n1000,1,FR\n1000,1,\n".utf8)
        let defaults = try JobSpec(parsing: [.region: "aws:us-east-1"])
        let (output, errors, _) = try run(input, defaults: defaults)
        #expect(errors.isEmpty)
        let table = try CSVTable(name: "out.csv", text: output)
        let france = try #require(catalog.grids.resolve("FR", kind: "location").intensities[.lifecycle]).value
        expectClose(Double(table.cell(table.rows[0], "intensity_g_per_kwh"))!, france)
        #expect(table.cell(table.rows[1], "pue") == "1.15")   // the default region's PUE (aws)
    }

    @Test func jsonAndNdjsonHaveOneObjectPerRow() throws {
        let input = Array("power,hours,intensity,label\n100,10,500,a\n,1,1,\"b\"\"q\"\n".utf8)
        let (ndjson, _, _) = try run(input, format: .ndjson)
        let lines = ndjson.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"power":"100","hours":"10","intensity":"500","label":"a","hardware_id":null,"cpu_id":null,"location_id":"custom","energy_kwh":1.56,"co2e_kg":0.78,"intensity_g_per_kwh":500,"pue":1.56,"status":"ok","error":null}"#)
        #expect(lines[1].contains(#""label":"b\"q","hardware_id":null,"cpu_id":null,"location_id":null,"energy_kwh":null"#))
        let (json, _, _) = try run(input, format: .json)
        #expect(json.hasPrefix("[\n  {") && json.hasSuffix("}\n]\n"))
    }

    @Test func errorCellsNeverStartAFormula() throws {
        let input = Array("hardware,hours\n=cmd|' /C calc'!A0,1\n".utf8)
        let (output, errors, _) = try run(input)
        #expect(errors.count == 1)
        let table = try CSVTable(name: "out.csv", text: output)
        let error = table.rows[0].cells.last!
        #expect(!["=", "+", "-", "@"].contains(error.first.map(String.init) ?? ""))
    }

    @Test func duplicateColumnsAndEmptyInput() throws {
        #expect(throws: JobError.self) { try run(Array("gpu,hardware\nA,B\n".utf8)) }
        #expect(try run([]).summary == nil)
    }

    /// A large file with row errors, quoted line breaks, CRLF and blank lines, and the
    /// lines of its failing rows.
    static func largeInput(rows: Int) -> (bytes: [UInt8], errorLines: [Int]) {
        var text = "id,hardware,count,hours,region,utilization,note\n"
        var line = 2, errorLines: [Int] = []
        let hardware = ["A100 SXM4 80GB", "H100 SXM5 80GB", "MI100", "a100-80gb-sxm"]
        let regions = ["aws:us-east-1", "gcp:europe-west1", "azure:westeurope", ""]
        for row in 0..<rows {
            if row % 2003 == 5 {
                text += "\n"
                line += 1
            }
            var note = "n\(row % 17)"
            var breaks = 0
            if row % 1231 == 7 {
                note = "\"first line, \"\"quoted\"\"\nsecond line\""
                breaks = 1
            }
            let name = row % 997 == 3 ? "NOPE" : hardware[row % hardware.count]
            let end = row % 1777 == 11 ? "\r\n" : "\n"
            if row % 3001 == 13 {
                text += "\(row),\(name),2\(end)"
                errorLines.append(line)
            } else {
                if row % 997 == 3 { errorLines.append(line) }
                text += "\(row),\(name),\(1 + row % 8),\(Double(row % 4000) / 10),\(regions[row % regions.count]),\(0.3 + Double(row % 7) / 10),\(note)\(end)"
            }
            line += 1 + breaks
        }
        return (Array(text.utf8), errorLines)
    }

    @Test(arguments: BatchProcessor.formats)
    func largeInputSplitsAcrossThreadsLikeOneThread(format: ReportFormat) throws {
        let (input, errorLines) = Self.largeInput(rows: 50_000)
        var statistics = BatchStream.Statistics()
        let sequential = try run(input, format: format, chunk: 1 << 16, options: BatchStream.Options(parallel: false), statistics: &statistics)
        #expect(sequential.errors.map(\.line) == errorLines)
        #expect(sequential.summary?.rows == 50_000)
        #expect(statistics.splits == 0)
        // The defaults (chunks of 1 MiB), then chunks of 16 KiB split whatever is left.
        for options in [BatchStream.Options(), BatchStream.Options(chunkBytes: 1 << 14, splitMinimum: 1)] {
            statistics = BatchStream.Statistics()
            let parallel = try run(input, format: format, chunk: 1 << 16, options: options, statistics: &statistics)
            expectSame(parallel, sequential)
            #expect(statistics.splits > 1)
            #expect(statistics.splits > statistics.failedSplits)
        }
        if format == .csv {
            let csv = try CSVTable(name: "out.csv", text: sequential.output)
            #expect(csv.rows.map { Int($0.cells[0]) } == Array(0..<50_000))
            #expect(csv.rows[7].cells[6] == "first line, \"quoted\"\nsecond line")
        }
    }

    @Test func rowErrorInTheSecondPartHasItsLine() throws {
        var text = "hardware,hours,region\n"
        for _ in 0..<100 { text += "A100 SXM4 80GB,1,aws:us-east-1\n" }
        text += "A100 SXM4 80GB,x,aws:us-east-1\n"   // line 102, in the worker's part
        for _ in 0..<10 { text += "A100 SXM4 80GB,1,aws:us-east-1\n" }
        var statistics = BatchStream.Statistics()
        let options = BatchStream.Options(chunkBytes: 1 << 16, splitMinimum: 1)
        let (output, errors, summary) = try run(Array(text.utf8), chunk: 1 << 16, options: options, statistics: &statistics)
        #expect(statistics.splits == 1 && statistics.failedSplits == 0)
        #expect(errors.map(\.description) == ["line 102: column 'hours': 'x' is not a number"])
        #expect(errors.first?.column == "hours" && errors.first?.value == "x" && errors.first?.field == .hours)
        #expect(summary?.rows == 111 && summary?.errors == 1)
        #expect(output.split(separator: "\n").count == 112)
    }

    @Test func quotedLineBreakAtTheSplitIsNotARecordEnd() throws {
        // The split is tried after the first line feed past the middle: inside the quotes.
        var text = "hardware,hours,note\n"
        for _ in 0..<40 { text += "A100 SXM4 80GB,1,a\n" }
        text += "A100 SXM4 80GB,1,\"" + String(repeating: "x\n", count: 200) + "\"\n"
        for _ in 0..<40 { text += "A100 SXM4 80GB,1,a\n" }
        text += "A100 SXM4 80GB,-1,a\n"
        let input = Array(text.utf8)
        var statistics = BatchStream.Statistics()
        let sequential = try run(input, chunk: 1 << 16, options: BatchStream.Options(parallel: false), statistics: &statistics)
        let parallel = try run(input, chunk: 1 << 16, options: BatchStream.Options(chunkBytes: 1 << 16, splitMinimum: 1), statistics: &statistics)
        #expect(statistics.splits == 1 && statistics.failedSplits == 1)
        expectSame(parallel, sequential)
        #expect(parallel.errors.map(\.line) == [40 + 200 + 40 + 3])
        #expect(parallel.summary?.rows == 82)
    }

    @Test func jsonSeparatorsWhenTheFirstRowIsInTheSecondPart() throws {
        let text = "power,hours\n" + String(repeating: "\n", count: 500) + "100,1\n200,2\n"
        var statistics = BatchStream.Statistics()
        let options = BatchStream.Options(chunkBytes: 1 << 16, splitMinimum: 1)
        let (json, _, _) = try run(Array(text.utf8), format: .json, chunk: 1 << 16, options: options, statistics: &statistics)
        #expect(statistics.splits == 1 && statistics.failedSplits == 0)
        let sequential = try run(Array(text.utf8), format: .json, chunk: 1 << 16, options: BatchStream.Options(parallel: false), statistics: &statistics)
        #expect(json == sequential.output)
        #expect(json.hasPrefix("[\n  {\"power\":\"100\"") && json.hasSuffix("}\n]\n"))
        #expect(json.components(separatedBy: "},\n  {\"power\":\"200\"").count == 2)
    }

    /// A batch's output read again as input: every result column of the first run is an
    /// input column now, so the new results are written under `footprint_` names, in CSV and
    /// as JSON keys, and no name appears twice.
    @Test(arguments: [ReportFormat.csv, .ndjson])
    func outputReadAgainKeepsEveryColumnName(format: ReportFormat) throws {
        let first = try run(Array("hardware,hours,region\nA100 SXM4 80GB,72,aws:us-east-1\nnothing,1,\n".utf8)).output
        let (output, _, summary) = try run(Array(first.utf8), format: format)
        #expect(summary?.renamedResults == BatchProcessor.resultColumns.map { "footprint_" + $0 })
        let keys: [String]
        if format == .csv {
            keys = try CSVTable(name: "out.csv", text: output).header
        } else {
            let object = try #require(output.split(separator: "\n").first)
            keys = object.split(separator: ",").compactMap { $0.split(separator: ":").first.map { $0.trimmingCharacters(in: ["{", "\""]) } }
        }
        #expect(keys.count == 3 + 2 * BatchProcessor.resultColumns.count)
        #expect(Set(keys).count == keys.count)
        #expect(keys.suffix(BatchProcessor.resultColumns.count) == BatchProcessor.resultColumns.map { "footprint_" + $0 }[...])
        let table = try CSVTable(name: "out.csv", text: try run(Array(first.utf8)).output)
        #expect(table.cell(table.rows[0], "footprint_energy_kwh") == table.cell(table.rows[0], "energy_kwh"))
        #expect(table.cell(table.rows[1], "footprint_status") == "error")
    }

    /// An earlier batch's result columns are never read as inputs: a row whose region was
    /// changed after the first run gets the new region's intensity and PUE, not the old
    /// `intensity_g_per_kwh` and `pue` cells (whose names are input aliases).
    @Test func anEarlierBatchsResultsAreNotReadAsInputs() throws {
        let first = try run(Array("hardware,hours,region\nA100 SXM4 80GB,6,aws:us-east-1\n".utf8)).output
        let edited = first.replacingOccurrences(of: "80GB,6,aws:us-east-1,", with: "80GB,6,aws:eu-north-1,")
        let (output, errors, summary) = try run(Array(edited.utf8))
        #expect(errors.isEmpty)
        #expect(summary?.earlierResults == BatchProcessor.resultColumns.count)
        #expect(try BatchColumns(header: ["a"] + BatchProcessor.resultColumns.dropLast()).earlierResults == 0)
        let table = try CSVTable(name: "out.csv", text: output)
        let alone = try catalog.job(for: JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .hours: "6", .region: "aws:eu-north-1"]))
        #expect(table.cell(table.rows[0], "footprint_intensity_g_per_kwh") == NumberFormat.json(alone.intensity))
        #expect(table.cell(table.rows[0], "footprint_co2e_kg") == NumberFormat.json(Estimator.estimate(alone).co2eKg))
        #expect(table.cell(table.rows[0], "intensity_g_per_kwh") != NumberFormat.json(alone.intensity))
    }

    /// A quote never closed takes the rows below into its record: the row's error says so,
    /// so that rows missing from the output are accounted for.
    @Test func anUnclosedQuoteSaysItTookTheRowsBelow() throws {
        let input = "job,power,hours\na,100,1\nb,\"x\"y,1\nc,100,\"2\nd,100,3\ne,100,4\n"
        let (_, errors, summary) = try run(Array(input.utf8), defaults: try JobSpec(parsing: [.location: "FR"]))
        #expect(summary?.rows == 3 && summary?.ok == 1)
        #expect(errors.map(\.line) == [3, 4])
        #expect(errors.map(\.message) == [
            "malformed quoting (a quote must open and close a whole field)",
            "malformed quoting (a quote must open and close a whole field): the record runs on past 3 line breaks, "
                + "so the rows after this line are inside it",
        ])
    }

    /// Rows of many kinds, read past the point where the batch reads all places at once:
    /// each row's figures and ids are those of the same job estimated alone, whether the
    /// row takes the fast path (names read from cached records) or makes its parts.
    @Test func eachRowMatchesItsJobEstimatedAlone() throws {
        let rows: [KeyValuePairs<JobField, String>] = [
            [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"],
            [.hardware: "H100 SXM5 80GB", .hours: "3", .utilization: "0.4", .region: "gcp:europe-west1"],
            [.hardware: "MI100", .hours: "5", .region: "azure:westeurope", .pue: "1.3"],
            [.hardware: "A100 SXM4 80GB", .hours: "1.5", .location: "FR"],
            [.hardware: "A100 SXM4 80GB", .hours: "2", .location: "US-TX"],
            [.hardware: "V100 PCIe 32GB", .hours: "2", .region: "aws:eu-west-1"],
            [.hardware: "V100 PCIe 32GB", .hours: "2", .region: "aws:eu-north-1"],
            [.hardware: "V100 PCIe 32GB", .hours: "2", .region: "gcp:us-central1"],
            [.hardware: "V100 PCIe 32GB", .hours: "2", .region: "azure:eastus"],
            [.hardware: "V100 PCIe 32GB", .hours: "2", .location: "DE"],
            [.hardware: "V100 PCIe 32GB", .hours: "2", .location: "IN"],
            [.hardware: "V100 PCIe 32GB", .hours: "2", .region: "aws:ap-south-1"],
            [.cpu: "EPYC 7763", .cores: "16", .hours: "10", .location: "PL"],
            [.hardware: "A100 SXM4 80GB", .cpu: "EPYC 7763", .memory: "256", .hours: "4", .region: "aws:us-west-2"],
            [.power: "300", .count: "2", .hours: "6", .intensity: "250"],
            [.hardware: "A100 SXM4 80GB", .hours: "6"],
            [.energy: "120", .location: "SE"],
        ]
        // Without instance or slice columns rows take the fast path; with them, the general one.
        try expectRowsMatchTheirJobs(rows, columns: [
            .hardware, .count, .hours, .utilization, .region, .location, .pue, .cpu, .cores, .memory, .power, .intensity, .energy,
        ])
        try expectRowsMatchTheirJobs(rows + [
            [.instance: "p4d.24xlarge", .hours: "10", .region: "aws:us-east-1"],
            [.slice: "v4-128", .hours: "24", .region: "gcp:us-central2"],
        ], columns: [
            .hardware, .count, .hours, .utilization, .region, .location, .pue, .cpu, .cores, .memory, .power, .intensity, .energy,
            .instance, .slice,
        ])
    }

    /// Runs `rows` as a batch with `columns` and expects each row's figures and ids to be
    /// those of its job estimated alone.
    func expectRowsMatchTheirJobs(
        _ rows: [KeyValuePairs<JobField, String>], columns: [JobField], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var text = columns.map(\.name).joined(separator: ",") + "\n"
        for row in rows {
            text += columns.map { column in row.first { $0.key == column }?.value ?? "" }.joined(separator: ",") + "\n"
        }
        let table = try CSVTable(name: "out.csv", text: try run(Array(text.utf8)).output)
        #expect(table.rows.count == rows.count, sourceLocation: sourceLocation)
        for (row, given) in zip(table.rows, rows) {
            let job = try catalog.job(for: JobSpec(parsing: given))
            let estimate = Estimator.estimate(job)
            #expect(table.cell(row, "status") == "ok", "\(given)", sourceLocation: sourceLocation)
            #expect(table.cell(row, "energy_kwh") == NumberFormat.json(estimate.energyKWh), "\(given)", sourceLocation: sourceLocation)
            #expect(table.cell(row, "co2e_kg") == NumberFormat.json(estimate.co2eKg), "\(given)", sourceLocation: sourceLocation)
            #expect(table.cell(row, "location_id") == job.site.id, "\(given)", sourceLocation: sourceLocation)
            #expect(table.cell(row, "hardware_id") == job.template.hardware?.id ?? "", "\(given)", sourceLocation: sourceLocation)
        }
    }

    @Test func nameTablesThatStartOverGiveTheSameRows() throws {
        let hardware = ["A100 SXM4 80GB", "H100 SXM5 80GB", "MI100", "A100 SXM9", "a100-80gb-sxm"]
        let regions = ["aws:us-east-1", "gcp:europe-west1", "azure:westeurope", "nowhere:1", ""]
        var text = "hardware,hours,region,location\n"
        for row in 0..<60 {
            let location = row % 11 == 0 ? "FR" : ""
            text += "\(hardware[row % hardware.count]),\(row % 9 + 1),\(regions[(row / 3) % regions.count]),\(location)\n"
        }
        let input = Array(text.utf8)
        func rows(nameLimit: Int) throws -> (output: [UInt8], errors: [BatchRowError], summary: BatchSummary) {
            var processor = try BatchProcessor(
                catalog: catalog, header: ["hardware", "hours", "region", "location"], defaults: JobSpec(), format: .ndjson,
                nameLimit: nameLimit)
            var output: [UInt8] = [], errors: [BatchRowError] = [], fields: [CSVField] = []
            input.withUnsafeBufferPointer { bytes in
                var start = 0, line = 1
                while start < bytes.count, case let .record(next, lineBreaks, malformedAt) = CSVScanner.scanRecord(
                    in: bytes, from: start, atEnd: true, fields: &fields) {
                    if line > 1, let error = processor.process(fields, in: bytes, line: line, malformed: malformedAt != nil, into: &output) {
                        errors.append(error)
                    }
                    line += lineBreaks
                    start = next
                }
            }
            return (output, errors, processor.summary)
        }
        let small = try rows(nameLimit: 2), large = try rows(nameLimit: 4096)
        #expect(small.output == large.output)
        #expect(small.errors == large.errors)
        #expect(small.summary.rows == 60 && small.summary.errors == large.summary.errors && small.summary.errors > 0)
        expectClose(small.summary.energyKWh, large.summary.energyKWh)
    }
}

extension CSVTable {
    /// The cell of `row` in the column named `column`.
    func cell(_ row: CSVRow, _ column: String) -> String {
        row.cells[header.firstIndex(of: column)!]
    }
}

/// Columns the rows cannot use but a user may have meant: named in the summary.
struct BatchLookalikeColumnTests {
    func lookalikes(_ header: String, defaults: JobSpec = JobSpec()) throws -> [String] {
        try BatchColumns(header: header.split(separator: ",").map(String.init)).unusedLookalikes(defaults: defaults)
    }

    @Test func aCountColumnOfAnotherSpellingIsNamedAndACommonOneIsUsed() throws {
        let columns = try BatchColumns(header: ["gpu", "n_gpu", "hours"])
        #expect(columns.fields == [.hardware, .count, .hours])
        #expect(try lookalikes("gpu,gpu_cnt,hours") == ["'gpu_cnt' (looks like count, which no column or option gives)"])
        #expect(try lookalikes("gpu,gpu_cnt,hours", defaults: try JobSpec(parsing: [.count: "8"])).isEmpty)
        #expect(try lookalikes("gpu,gpus,hours,nodes") == ["'nodes' (count is the devices of the whole job: give devices per node × nodes)"])
    }

    /// A name ending in an hours unit suggests hours, not duration (whose cells need a unit),
    /// unless it is a total over devices.
    @Test func aTimeColumnWithItsUnitSuggestsHours() {
        #expect(BatchColumns.resemblance(of: "Runtime (h)") == .hours)
        #expect(BatchColumns.resemblance(of: "walltime_hrs") == .hours)
        #expect(BatchColumns.resemblance(of: "runtime") == .duration)
        #expect(BatchColumns.resemblance(of: "gpu_hours") != .hours)
    }

    @Test func theExamplesColumnsRaiseNoNote() throws {
        #expect(try lookalikes("job,gpu,gpus,duration_hours,cloud_region").isEmpty)
        #expect(try lookalikes("job,team,start,gpu,gpus,duration_hours,cloud_region").isEmpty)
        #expect(try lookalikes("job_id,hardware,count,hours,region,utilization,user").isEmpty)
    }
}
