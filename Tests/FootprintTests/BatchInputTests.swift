import Testing
@testable import Footprint

/// Batch inputs as people have them: durations, percentages.
extension BatchTests {
    @Test func durationColumnsAcceptEveryFormAndReplaceTheDefaultHours() throws {
        let input = Array("power,elapsed,utilization\n1000,2-04:00:00,60%\n1000,90m,0.5\n1000,,\n1000,72,\n".utf8)
        let defaults = try JobSpec.parsing([.hours: "10", .intensity: "100", .pue: "1"])
        let (output, errors, summary) = try run(input, defaults: defaults)
        #expect(summary?.ok == 3)
        let table = try CSVTable(name: "out.csv", text: output)
        expectClose(Double(table.cell(table.rows[0], "energy_kwh"))!, 52 * 0.6)   // 1 kW × 52 h × 60 %
        expectClose(Double(table.cell(table.rows[1], "energy_kwh"))!, 1.5 * 0.5)
        expectClose(Double(table.cell(table.rows[2], "energy_kwh"))!, 10)         // the default hours
        #expect(errors.map(\.line) == [5])
        #expect(errors.first?.message.hasPrefix("column 'elapsed': '72' is not a duration (a number needs a unit: 72h, 72m or 72s)") == true)
    }

    @Test func hoursAndDurationColumnsThatDifferAreARowError() throws {
        let input = Array("power,hours,walltime\n1000,72,3d\n1000,48,3d\n".utf8)
        let (_, errors, summary) = try run(input, defaults: try JobSpec.parsing([.intensity: "100"]))
        #expect(summary?.ok == 1)
        #expect(errors.map(\.message) == ["column 'walltime': gives 72 h but hours gives 48: give one of duration and hours"])
    }
}
