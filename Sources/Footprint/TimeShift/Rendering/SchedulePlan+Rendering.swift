extension SchedulePlan {
    /// `interruptible` or `threshold`.
    var mode: String { threshold == nil ? "interruptible" : "threshold" }

    /// The parts every time-shift answer shares.
    var summary: TimeShiftSummary {
        TimeShiftSummary(
            mode: mode, zone: zone, start: firstRunStart, end: completion, runSeconds: runSeconds,
            averageIntensity: averageIntensity, energyKWh: energyKWh, co2eKg: co2eKg, startNow: startNow, savingKg: savingKg,
            savingPercent: savingPercent, earliestStart: earliestStart, latestEnd: latestEnd, gaps: gaps, chosen: slots)
    }

    /// The plan as JSON, keys sorted, units in the names: the keys of
    /// `WindowResult.json(ranking:)` with `mode` `"interruptible"` or `"threshold"`,
    /// `best_start` the first run, `best_end` the completion and `candidate_windows` `null`;
    /// and `slots` (`[{start, end, hours, intensity_g_per_kwh}]`, in time order),
    /// `completion`, `run_hours`, `paused_hours`; a threshold plan adds
    /// `threshold_g_per_kwh` and `first_run_start`.
    public var json: JSONValue {
        let summary = self.summary
        var members = summary.jsonMembers.merging(summary.slotMembers) { first, _ in first }
        members["candidate_windows"] = .null
        if let threshold {
            members["threshold_g_per_kwh"] = .number(threshold)
            members["first_run_start"] = .string(Timestamp.iso8601(firstRunStart))
        }
        return .object(members)
    }

    /// The plan as text: first run, completion, hours run and paused, emissions against
    /// starting now, the saving, the slots, an hour strip with them marked (with `series`),
    /// and the missing data.
    public func table(series: IntensitySeries? = nil) -> String {
        let summary = self.summary
        let hours = NumberFormat.readable(TimeShiftSummary.hours(runSeconds), digits: 4)
        let what = threshold.map { "in \(zone) only while intensity is below \(NumberFormat.readable($0, digits: 6)) gCO2e/kWh" }
            ?? "of pause-and-resume work in \(zone), cheapest hours first"
        var text = "When to run: \(hours) h \(what) (from the series' intensities; an estimate, not a measurement)\n\n"
        var rows: [[String]] = [
            [threshold == nil ? "first start" : "first run", Timestamp.iso8601(firstRunStart)],
            ["completion", Timestamp.iso8601(completion)],
            ["running", "\(hours) h in \(summary.stretches.count) stretch\(summary.stretches.count == 1 ? "" : "es")"],
            ["paused", NumberFormat.readable(TimeShiftSummary.hours(pausedSeconds), digits: 4) + " h"],
        ]
        rows += summary.tableRows
        text += TextTable(header: [], rows: rows, alignments: [.left, .left]).rendered(indent: 2)
        text += "\n" + summary.slotTable()
        return text + summary.tableFooter(series: series)
    }

    /// The columns of `csv`.
    public static var csvColumns: [String] { TimeShiftSummary.slotColumns }

    /// The plan as CSV: one row per slot, with its share of the energy and emissions.
    public var csv: String { summary.slotCSV }
}
