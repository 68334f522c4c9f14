import Testing
@testable import Footprint

/// Batch inputs as people have them: durations, percentages.
extension BatchTests {
    @Test func durationColumnsAcceptEveryFormAndReplaceTheDefaultHours() throws {
        let input = Array("power,elapsed,utilization\n1000,2-04:00:00,60%\n1000,90m,0.5\n1000,,\n1000,72,\n".utf8)
        let defaults = try JobSpec(parsing: [.hours: "10", .intensity: "100", .pue: "1"])
        let (output, errors, summary) = try run(input, defaults: defaults)
        #expect(summary?.ok == 3)
        let table = try CSVTable(name: "out.csv", text: output)
        expectClose(Double(table.cell(table.rows[0], "energy_kwh"))!, 52 * 0.6)   // 1 kW × 52 h × 60 %
        expectClose(Double(table.cell(table.rows[1], "energy_kwh"))!, 1.5 * 0.5)
        expectClose(Double(table.cell(table.rows[2], "energy_kwh"))!, 10)         // the default hours
        #expect(errors.map(\.line) == [5])
        #expect(errors.first?.message.hasPrefix("column 'elapsed': '72' is not a duration (a number needs a unit: 72h, 72m or 72s)") == true)
    }

    /// A batch skips `JobField.checked(number:)` for numbers in the field's plain range, so
    /// that range holds only numbers it accepts; out of it the cell gets the field's own error.
    @Test func numbersSkippingTheCheckAreNumbersTheCheckAccepts() throws {
        let samples: [Double] = [-1, 0, 1e-300, 1e-9, 0.4, 0.999, 1, 1.5, 100, 101, 1e6, 1e9, 1e12, 1e300]
        var checkedRanges = 0
        for field in JobField.allCases {
            guard let plain = field.plainlyValidNumbers else { continue }
            checkedRanges += 1
            for value in samples + [plain.lowerBound, plain.upperBound] where plain.contains(value) {
                #expect((try? field.checked(number: value)) == value, "\(field) \(value)")
            }
        }
        #expect(checkedRanges >= 10)
        let input = Array("power,hours,intensity,utilization\n300,2,0.4,1\n300,2,400,1.5\n300,-2,400,1\n".utf8)
        let (_, errors, summary) = try run(input)
        #expect(summary?.ok == 0)
        #expect(errors.map(\.message) == [
            "column 'intensity': " + JobField.intensity.parseError("0.4"),
            "column 'utilization': " + JobField.utilization.parseError("1.5"),
            "column 'hours': " + JobField.hours.parseError("-2"),
        ])
    }

    @Test func hoursAndDurationColumnsThatDifferAreARowError() throws {
        let input = Array("power,hours,walltime\n1000,72,3d\n1000,48,3d\n".utf8)
        let (_, errors, summary) = try run(input, defaults: try JobSpec(parsing: [.intensity: "100"]))
        #expect(summary?.ok == 1)
        #expect(errors.map(\.message) == ["column 'walltime': gives 72 h but hours gives 48: give one of duration and hours"])
    }
}

extension JobField {
    /// The message `parse(text)` throws, or "" when it parses.
    func parseError(_ text: String) -> String {
        do {
            _ = try parse(text)
            return ""
        } catch {
            return error.message
        }
    }
}

/// Batch files whose header cannot give a job, and rows placed nowhere.
extension BatchTests {
    @Test func aHeaderThatGivesNoPowerIsRefusedOnceNamingTheUnusedColumns() throws {
        let input = Array("gpu_kind,runtime,label\nA100,1,x\nA100,2,y\n".utf8)
        do {
            _ = try run(input)
            Issue.record("the file was accepted")
        } catch let error as JobError {
            #expect(error.field == .hardware)
            #expect(error.message == "no column gives hardware, power, cpu, core-power, memory, energy, wh-per-request, joules-per-token, instance or slice, "
                + "and no option fills it, so no row could be estimated; columns not used: gpu_kind, runtime, label"
                + " — did you mean 'hardware' for 'gpu_kind', 'duration' for 'runtime'?")
        }
        // A default on the command line fills the column.
        let defaults = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .hours: "1"])
        #expect(try run(input, defaults: defaults).summary?.ok == 2)
    }

    @Test func aHeaderThatGivesNoDurationIsRefused() throws {
        #expect(throws: JobError.self) { try run(Array("hardware,time_used\nA100 SXM4 80GB,3\n".utf8)) }
        // Energy needs no duration.
        #expect(try run(Array("energy\n10\n".utf8)).summary?.ok == 1)
    }

    @Test(arguments: [ReportFormat.csv, .ndjson])
    func rowsAtTheWorldAverageSaySo(format: ReportFormat) throws {
        let input = Array("power,hours,location,intensity\n1000,1,,\n1000,1,FR,\n1000,1,,300\n".utf8)
        let (output, errors, summary) = try run(input, format: format)
        #expect(errors.isEmpty)
        #expect(summary?.worldAverage == 1)
        let lines = output.split(separator: "\n").map(String.init)
        let world = catalog.jobContext.world
        if format == .csv {
            let table = try CSVTable(name: "out.csv", text: output)
            #expect(table.rows.map { table.cell($0, "status") } == ["ok", "ok", "ok"])
            #expect(table.rows.map { table.cell($0, "error") } == [BatchProcessor.worldAverageNote, "", ""])
            expectClose(Double(table.cell(table.rows[0], "co2e_kg"))!, world.pue.value * world.intensity.value / 1000)
        } else {
            #expect(lines[0].hasSuffix(#""status":"ok","error":"\#(BatchProcessor.worldAverageNote)"}"#))
            #expect(lines[1].hasSuffix(#""status":"ok","error":null}"#))
        }
    }

    @Test(arguments: [ReportFormat.csv, .ndjson])
    func rowsWithAnEmptyCountSaySo(format: ReportFormat) throws {
        let input = Array("hardware,count,hours,location\nA100 SXM4 80GB,,10,FR\nA100 SXM4 80GB,2,10,FR\nA100 SXM4 80GB,,10,\n".utf8)
        let (output, errors, summary) = try run(input, format: format)
        #expect(errors.isEmpty)
        #expect(summary?.countAssumed == 2)
        #expect(summary?.worldAverage == 1)
        let both = BatchProcessor.worldAverageNote + "; " + BatchProcessor.countAssumedNote
        if format == .csv {
            let table = try CSVTable(name: "out.csv", text: output)
            #expect(table.rows.map { table.cell($0, "error") } == [BatchProcessor.countAssumedNote, "", both])
            // 400 W × 1 device × 10 h × PUE 1.56 = 6.24 kWh.
            expectClose(Double(table.cell(table.rows[0], "energy_kwh"))!, 6.24)
        } else {
            let lines = output.split(separator: "\n").map(String.init)
            #expect(lines[0].hasSuffix(#""status":"ok","error":"\#(BatchProcessor.countAssumedNote)"}"#))
            #expect(lines[1].hasSuffix(#""status":"ok","error":null}"#))
        }
        // A --count default fills the empty cells: no note.
        #expect(try run(input, defaults: try JobSpec(parsing: [.count: "1"]), format: format).summary?.countAssumed == 0)
    }
}
