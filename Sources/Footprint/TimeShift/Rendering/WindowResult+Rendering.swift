extension WindowResult {
    /// The parts every time-shift answer shares.
    var summary: TimeShiftSummary {
        TimeShiftSummary(
            mode: "window", zone: zone, start: start, end: end, runSeconds: end - start, averageIntensity: averageIntensity,
            energyKWh: energyKWh, co2eKg: co2eKg, startNow: startNow, savingKg: savingKg, savingPercent: savingPercent,
            earliestStart: earliestStart, latestEnd: latestEnd, gaps: gaps,
            chosen: [ScheduledSlot(start: start, end: end, intensity: averageIntensity)])
    }

    /// The result as JSON, keys sorted, units in the names:
    ///
    /// - `mode` (`"window"`), `zone`, `best_start`, `best_end` (ISO 8601 UTC), `hours`,
    ///   `delay_hours` (the wait after the earliest start);
    /// - `average_intensity_g_per_kwh`, `energy_kwh`, `co2e_kg`;
    /// - `now_average_intensity_g_per_kwh`, `now_co2e_kg` (running in one piece from the
    ///   earliest start; `null` when data do not cover that), `saving_kg`, `saving_percent`;
    /// - `candidate_windows`, `earliest_start`, `latest_end`, `gaps` (`[{zone, start, end,
    ///   hours, reason}]`);
    /// - with `ranking`: `zones` (each zone's best window, best first) and
    ///   `unavailable_zones` (`[{zone, reason}]`).
    package func json(ranking: ZoneRanking? = nil) -> JSONValue {
        var members = summary.jsonMembers
        members["candidate_windows"] = .integer(candidateWindows)
        if let ranking { members.merge(ranking.jsonMembers) { _, ranked in ranked } }
        return .object(members)
    }

    /// The result as text: the best window, its emissions against starting now, the saving,
    /// each zone's best (with `ranking` of more than one zone), an hour strip of the
    /// searched range with the window marked (with `series`), and the missing data.
    package func table(series: IntensitySeries? = nil, ranking: ZoneRanking? = nil) -> String {
        let summary = self.summary
        let hours = NumberFormat.readable(TimeShiftSummary.hours(end - start), digits: 4)
        let zones = ranking.map { $0.results.count + $0.unavailable.count } ?? 1
        var text = "When to run: the best \(hours) h window in \(zone)" + (zones > 1 ? ", the best of \(zones) zones" : "")
            + " (from the series' intensities; an estimate, not a measurement)\n\n"
        let wait = delaySeconds > 0 ? " (\(NumberFormat.readable(TimeShiftSummary.hours(delaySeconds), digits: 4)) h after the earliest start)" : " (at once)"
        var rows: [[String]] = [
            ["best start", Timestamp.iso8601(start) + wait],
            ["best end", Timestamp.iso8601(end)],
        ]
        rows += summary.tableRows
        rows.append(["candidate windows", String(candidateWindows)])
        text += TextTable(header: [], rows: rows, alignments: [.left, .left]).rendered(indent: 2)
        if let ranking, ranking.results.count + ranking.unavailable.count > 1 {
            text += "\nZones, best first\n"
            var zoneRows = ranking.results.enumerated().map { offset, result in
                [String(offset + 1), result.zone, Timestamp.iso8601(result.start), NumberFormat.fixed(result.averageIntensity, 1),
                 NumberFormat.readable(result.co2eKg, digits: 4), result.summary.savingText]
            }
            zoneRows += ranking.unavailable.map { ["-", $0.zone, "no complete window", "", "", ""] }
            text += TextTable(
                header: ["#", "ZONE", "BEST START", "GCO2E/KWH", "KG CO2E", "SAVING"], rows: zoneRows,
                alignments: [.right, .left, .left, .right, .right, .left]
            ).rendered(indent: 2)
        }
        return text + summary.tableFooter(series: series)
    }

    /// The columns of `csv`.
    package static let csvColumns = [
        "zone", "best_start", "best_end", "hours", "average_intensity_g_per_kwh", "now_average_intensity_g_per_kwh", "energy_kwh",
        "co2e_kg", "now_co2e_kg", "saving_kg", "saving_percent", "candidate_windows", "earliest_start", "latest_end", "gaps",
    ]

    /// The result as a CSV header and one row (`gaps` is the number of gaps; empty cells
    /// where there is no start-now reference).
    package var csv: String {
        let optional: (Double?) -> String = { $0.map(NumberFormat.json) ?? "" }
        return CSVWriter.line(Self.csvColumns) + CSVWriter.line([
            CSVWriter.neutralizingFormula(zone), Timestamp.iso8601(start), Timestamp.iso8601(end),
            NumberFormat.json(TimeShiftSummary.hours(end - start)), NumberFormat.json(averageIntensity),
            optional(startNow?.averageIntensity), NumberFormat.json(energyKWh), NumberFormat.json(co2eKg), optional(startNow?.co2eKg),
            optional(savingKg), optional(savingPercent), String(candidateWindows), Timestamp.iso8601(earliestStart),
            Timestamp.iso8601(latestEnd), String(gaps.count),
        ])
    }
}
