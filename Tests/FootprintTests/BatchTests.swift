import Testing
@testable import Footprint

/// Batch processing: one output row per input row, in order, nothing lost.
struct BatchTests {
    let catalog = try! Catalog.builtIn()

    /// Runs a batch over `input`, read in chunks of `chunk` bytes.
    func run(_ input: [UInt8], defaults: JobSpec = JobSpec(), format: ReportFormat = .csv, chunk: Int = 7)
        throws -> (output: String, errors: [BatchRowError], summary: BatchSummary?)
    {
        var offset = 0
        var output: [UInt8] = []
        var errors: [BatchRowError] = []
        let summary = try BatchStream.run(
            catalog: catalog, defaults: defaults, format: format,
            read: { buffer in
                let count = min(chunk, buffer.count, input.count - offset)
                for index in 0..<count { buffer[index] = input[offset + index] }
                offset += count
                return count
            },
            write: { output += $0 }, report: { errors.append($0) })
        return (String(decoding: output, as: UTF8.self), errors, summary)
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
        #expect(lines.header == ["id", "hardware", "count", "hours", "intensity", "pue", "note"] + BatchProcessor.resultColumns)
        #expect(lines.rows.map { $0.cells[0] } == ["1", "2", "3", "4", "5"])
        #expect(lines.rows.map { $0.cells[11] } == ["ok", "error", "error", "ok", "error"])
        #expect(lines.rows[0].cells[6] == "first, with comma")
        #expect(lines.rows[3].cells[6] == "says \"hi\"\nover two lines")
        expectClose(Double(lines.rows[0].cells[7])!, 253.44)
        expectClose(Double(lines.rows[0].cells[8])!, 76.032)
        expectClose(Double(lines.rows[3].cells[7])!, 12)   // 2 × 400 W × 10 h × PUE 1.5
        expectClose(Double(lines.rows[3].cells[8])!, 3.6)
        #expect(lines.rows[1].cells[12].contains("column 'hardware': unknown hardware 'A100 SXM9'; did you mean"))
        #expect(lines.rows[2].cells[12].hasPrefix("column 'hardware': missing"))
        #expect(lines.rows[4].cells[12] == "has 5 fields, the header has 7")
        #expect(errors.map(\.line) == [3, 4, 7])
        let totals = try #require(summary)
        #expect([totals.rows, totals.ok, totals.errors] == [5, 2, 3])
        expectClose(totals.energyKWh, 253.44 + 12)
        expectClose(totals.co2eKg, 76.032 + 3.6)
    }

    @Test func bomCRLFAndAliasesAndDefaults() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("gpu,gpus,duration_hours\r\nH100 SXM5 80GB,2,10\r\n\r\nH100 SXM5 80GB,1,\r\n".utf8)
        let defaults = try JobSpec.parsing([.hours: "5", .intensity: "100", .pue: "1"])
        let (output, errors, summary) = try run(input, defaults: defaults, chunk: 5)
        #expect(errors.isEmpty)
        #expect(summary?.rows == 2)
        let table = try CSVTable(name: "out.csv", text: output)
        #expect(table.header.first == "gpu")
        expectClose(Double(table.rows[0].cells[3])!, 14)   // 2 × 700 W × 10 h
        expectClose(Double(table.rows[1].cells[3])!, 3.5)  // 1 × 700 W × 5 h (default hours)
    }

    @Test func rowPlaceReplacesDefaultPlace() throws {
        let input = Array("power,hours,location\n1000,1,FR\n1000,1,\n".utf8)
        let defaults = try JobSpec.parsing([.region: "aws:us-east-1"])
        let (output, errors, _) = try run(input, defaults: defaults)
        #expect(errors.isEmpty)
        let table = try CSVTable(name: "out.csv", text: output)
        let france = try catalog.grids.resolve("FR", kind: "location").intensity.value
        expectClose(Double(table.rows[0].cells[5])!, france)
        #expect(table.rows[1].cells[6] == "1.15")   // the default region's PUE (aws)
    }

    @Test func jsonAndNdjsonHaveOneObjectPerRow() throws {
        let input = Array("power,hours,intensity,label\n100,10,500,a\n,1,1,\"b\"\"q\"\n".utf8)
        let (ndjson, _, _) = try run(input, format: .ndjson)
        let lines = ndjson.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"power":"100","hours":"10","intensity":"500","label":"a","energy_kwh":1.56,"co2e_kg":0.78,"intensity_g_per_kwh":500,"pue":1.56,"status":"ok","error":null}"#)
        #expect(lines[1].contains(#""label":"b\"q","energy_kwh":null"#))
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
}
