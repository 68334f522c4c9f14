import Footprint
import Testing

@Suite("TimeShift rendering")
struct TimeShiftRenderingTests {
    static let t0: Int64 = 1_717_372_800  // 2024-06-03T00:00:00Z

    /// Hourly readings of zone Z with `values` (nil = missing) from `t0`.
    func series(_ values: [Double?]) throws -> IntensitySeries {
        try IntensitySeries(readings: values.enumerated().map { offset, value in
            IntensityReading(zone: "Z", start: Self.t0 + Int64(offset) * 3600, intensity: value, durationSeconds: 3600)
        })
    }

    /// The strip line (the last line) of a rendering.
    func stripLine(_ text: String) -> String {
        String(text.split(separator: "\n").last ?? "").trimmingPrefix("  ").description
    }

    @Test func oneColumnPerHourWithTheWindowMarkedAndGapsDotted() throws {
        let data = try series([10, 25, 40, nil, 40, 10])
        let zone = try #require(data.zone("Z"))
        let text = IntensityStrip.render(zone, from: Self.t0, to: Self.t0 + 6 * 3600, chosen: [ScheduledSlot(start: Self.t0 + 4 * 3600, end: Self.t0 + 6 * 3600, intensity: 25)])
        #expect(text.hasPrefix("1 column = 1 h from 2024-06-03T00:00:00Z"))
        #expect(text.contains("\n  00\n"))
        #expect(stripLine(text) == "░▒▓·██")
    }

    @Test func longRangesAreAggregatedToAtMost72Columns() throws {
        let data = try series((0..<200).map { Double($0 % 24) })
        let zone = try #require(data.zone("Z"))
        let text = IntensityStrip.render(zone, from: Self.t0, to: Self.t0 + 200 * 3600, chosen: [])
        #expect(text.hasPrefix("1 column = 3 h from"))
        #expect(stripLine(text).count == 67)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 120 })
    }

    @Test func windowJSONHasTheDocumentedKeys() throws {
        let data = try series([300, 100, 100, 300])
        let result = try WindowSearch.best(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 2, hours: 2)), in: data)
        guard case let .object(members) = result.json() else { Issue.record("not an object"); return }
        for key in [
            "best_start", "best_end", "average_intensity_g_per_kwh", "now_average_intensity_g_per_kwh", "co2e_kg", "now_co2e_kg",
            "saving_kg", "saving_percent", "zone", "candidate_windows", "gaps", "energy_kwh", "earliest_start", "latest_end",
        ] {
            #expect(members[key] != nil, "missing \(key)")
        }
        #expect(members["best_start"] == .string("2024-06-03T01:00:00Z"))
        #expect(members["saving_kg"].flatMap { if case let .number(value) = $0 { value } else { nil } }.map { isClose($0, 0.4) } == true)
        #expect(result.csv.hasPrefix(WindowResult.csvColumns.joined(separator: ",") + "\n"))
    }
}
