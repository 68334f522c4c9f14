extension InterruptibleResult {
    /// The parts every time-shift answer shares.
    var summary: TimeShiftSummary {
        TimeShiftSummary(
            mode: "interruptible", zone: zone, start: firstStart, end: completion,
            runSeconds: slots.reduce(0) { $0 + $1.durationSeconds }, averageIntensity: averageIntensity, energyKWh: energyKWh,
            co2eKg: co2eKg, startNow: startNow, savingKg: savingKg, savingPercent: savingPercent, earliestStart: earliestStart,
            latestEnd: latestEnd, gaps: gaps, chosen: slots)
    }

    /// The plan as JSON, keys sorted, units in the names: the keys of
    /// `WindowResult.json(ranking:)` with `mode` `"interruptible"`, `best_start` the first
    /// slot's start, `best_end` the completion and `candidate_windows` `null`; and `slots`
    /// (`[{start, end, hours, intensity_g_per_kwh}]`, in time order), `completion`,
    /// `run_hours`, `paused_hours`.
    public var json: JSONValue {
        let summary = self.summary
        var members = summary.jsonMembers.merging(summary.slotMembers) { first, _ in first }
        members["candidate_windows"] = .null
        return .object(members)
    }

    /// The plan as text: first start, completion, the slots, emissions against starting
    /// now, the saving, an hour strip with the slots marked (with `series`), and the
    /// missing data.
    public func table(series: IntensitySeries? = nil) -> String {
        let summary = self.summary
        let hours = NumberFormat.readable(TimeShiftSummary.hours(summary.runSeconds), digits: 4)
        var text = "When to run: \(hours) h of pause-and-resume work in \(zone), cheapest hours first"
            + " (from the series' intensities; an estimate, not a measurement)\n\n"
        var rows: [[String]] = [
            ["first start", Timestamp.iso8601(firstStart)],
            ["completion", Timestamp.iso8601(completion)],
            ["running", "\(hours) h in \(summary.stretches.count) stretch\(summary.stretches.count == 1 ? "" : "es")"],
            ["paused", NumberFormat.readable(TimeShiftSummary.hours(completion - firstStart - summary.runSeconds), digits: 4) + " h"],
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
