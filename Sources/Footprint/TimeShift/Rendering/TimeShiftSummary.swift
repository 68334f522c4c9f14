/// What the three time-shift answers (`WindowResult` and the two kinds of
/// `SchedulePlan`) share, gathered once so that their JSON, tables and CSV agree
/// (internal).
///
/// "Start now" is the job run in one piece from the earliest start of the range: the
/// library has no clock, so "now" is whatever earliest start the caller chose (the first
/// timestamp of the series by default).
struct TimeShiftSummary {
    /// `window`, `interruptible` or `threshold`.
    var mode: String
    var zone: String
    /// When the job first runs.
    var start: Int64
    /// When it has finished.
    var end: Int64
    /// Seconds spent running (the job's duration).
    var runSeconds: Int64
    var averageIntensity: Double
    var energyKWh: Double
    var co2eKg: Double
    var startNow: StartNow?
    var savingKg: Double?
    var savingPercent: Double?
    var earliestStart: Int64
    var latestEnd: Int64
    var gaps: [DataGap]
    /// The stretches the job runs in (one for a window).
    var chosen: [ScheduledSlot]

    /// Hours from seconds.
    static func hours(_ seconds: Int64) -> Double { Double(seconds) / 3600 }

    /// The members every answer has; keys carry units.
    var jsonMembers: [String: JSONValue] {
        [
            "mode": .string(mode),
            "zone": .string(zone),
            "best_start": .string(Timestamp.iso8601(start)),
            "best_end": .string(Timestamp.iso8601(end)),
            "hours": .number(Self.hours(runSeconds)),
            "average_intensity_g_per_kwh": .number(averageIntensity),
            "now_average_intensity_g_per_kwh": .optional(startNow?.averageIntensity),
            "energy_kwh": .number(energyKWh),
            "co2e_kg": .number(co2eKg),
            "now_co2e_kg": .optional(startNow?.co2eKg),
            "saving_kg": .optional(savingKg),
            "saving_percent": .optional(savingPercent),
            "earliest_start": .string(Timestamp.iso8601(earliestStart)),
            "latest_end": .string(Timestamp.iso8601(latestEnd)),
            "delay_hours": .number(Self.hours(start - earliestStart)),
            "gaps": .array(gaps.map(\.json)),
        ]
    }

    /// The members of an answer made of slots (interruptible, threshold).
    var slotMembers: [String: JSONValue] {
        [
            "slots": .array(chosen.map(\.json)),
            "completion": .string(Timestamp.iso8601(end)),
            "run_hours": .number(Self.hours(runSeconds)),
            "paused_hours": .number(Self.hours(end - start - runSeconds)),
        ]
    }

    /// The rows of the result that every table shows, after the mode's own first rows.
    var tableRows: [[String]] {
        var rows: [[String]] = [
            ["average intensity", NumberFormat.fixed(averageIntensity, 1) + " gCO2e/kWh"],
            ["emissions", NumberFormat.readable(co2eKg, digits: 4) + " kg CO2e"],
        ]
        if let startNow {
            rows.append([
                "start now (\(Timestamp.iso8601(earliestStart)))",
                NumberFormat.fixed(startNow.averageIntensity, 1) + " gCO2e/kWh, " + NumberFormat.readable(startNow.co2eKg, digits: 4) + " kg CO2e",
            ])
        } else {
            rows.append(["start now (\(Timestamp.iso8601(earliestStart)))", "no data cover a run from the earliest start"])
        }
        rows.append(["saving", savingText])
        let perHour = runSeconds > 0 ? energyKWh / Self.hours(runSeconds) : 0
        rows.append([
            "energy",
            NumberFormat.readable(energyKWh, digits: 4) + " kWh (" + NumberFormat.readable(perHour, digits: 4) + " kWh per hour, PUE included, × "
                + NumberFormat.readable(Self.hours(runSeconds), digits: 4) + " h)",
        ])
        rows.append(["searched", "\(Timestamp.iso8601(earliestStart)) – \(Timestamp.iso8601(latestEnd))"])
        return rows
    }

    /// "3.94 kg CO2e (67.5 %)", "adds …" when waiting is worse, or why there is none.
    var savingText: String {
        guard let savingKg else { return "unknown (no start-now reference)" }
        let percent = savingPercent.map { " (\(NumberFormat.fixed(abs($0), 1)) %)" } ?? ""
        return (savingKg >= 0 ? "" : "adds ") + NumberFormat.readable(abs(savingKg), digits: 4) + " kg CO2e" + percent
    }

    /// The hour strip of `zone` over the range with the chosen stretches marked, and the note
    /// on missing data.
    func tableFooter(series: IntensitySeries?) -> String {
        var text = ""
        if let zoneSeries = series?.zone(zone) {
            text += "\n" + IntensityStrip.render(zoneSeries, from: earliestStart, to: latestEnd, chosen: chosen)
        }
        text += "\n" + Self.gapNote(gaps)
        return text
    }

    /// "Missing data: none in the searched range." or the gaps, at most `limit` lines.
    static func gapNote(_ gaps: [DataGap], limit: Int = 10) -> String {
        guard !gaps.isEmpty else { return "Missing data: none in the searched range.\n" }
        var text = "Missing data (never used: no run crosses a gap):\n"
        text += gaps.prefix(limit).map { "  \($0.description)\n" }.joined()
        if gaps.count > limit { text += "  … and \(gaps.count - limit) more\n" }
        return text
    }

    /// The CSV columns of one row per slot.
    static let slotColumns = ["zone", "start", "end", "hours", "intensity_g_per_kwh", "energy_kwh", "co2e_kg"]

    /// One CSV row per slot: its share of the energy and emissions.
    var slotCSV: String {
        let perSecond = runSeconds > 0 ? energyKWh / Double(runSeconds) : 0
        return CSVWriter.line(Self.slotColumns) + chosen.map { slot in
            let energy = perSecond * Double(slot.durationSeconds)
            return CSVWriter.line([
                CSVWriter.neutralizingFormula(zone), Timestamp.iso8601(slot.start), Timestamp.iso8601(slot.end),
                NumberFormat.json(Self.hours(slot.durationSeconds)), NumberFormat.json(slot.intensity),
                NumberFormat.json(energy), NumberFormat.json(energy * slot.intensity / 1000),
            ])
        }.joined()
    }

    /// The chosen slots with adjacent ones joined, each at its time-weighted mean intensity.
    var stretches: [ScheduledSlot] {
        var stretches: [ScheduledSlot] = []
        for slot in chosen {
            if let last = stretches.last, last.end == slot.start {
                let mean = ScheduledSlot.average([last, slot])
                stretches[stretches.count - 1] = ScheduledSlot(start: last.start, end: slot.end, intensity: mean)
            } else {
                stretches.append(slot)
            }
        }
        return stretches
    }

    /// The stretches the job runs in as a small table (adjacent slots joined, at their
    /// time-weighted mean intensity; at most `limit` rows).
    func slotTable(limit: Int = 20) -> String {
        let stretches = self.stretches
        var text = TextTable(header: ["RUNS FROM", "UNTIL", "HOURS", "GCO2E/KWH"], rows: Self.rows(of: stretches.prefix(limit)), alignments: [.left, .left, .right, .right])
            .rendered(indent: 2)
        if stretches.count > limit { text += "  … and \(stretches.count - limit) more\n" }
        return text
    }

    /// One row per stretch: start, end, hours and intensity.
    static func rows(of stretches: ArraySlice<ScheduledSlot>) -> [[String]] {
        stretches.map { slot in
            [Timestamp.iso8601(slot.start), Timestamp.iso8601(slot.end), NumberFormat.readable(hours(slot.durationSeconds), digits: 4),
             NumberFormat.fixed(slot.intensity, 1)]
        }
    }
}

extension DataGap {
    /// The gap as JSON: zone, start, end (ISO 8601 UTC), hours and reason.
    package var json: JSONValue {
        .object([
            "zone": .string(zone), "start": .string(Timestamp.iso8601(start)), "end": .string(Timestamp.iso8601(end)),
            "hours": .number(Double(durationSeconds) / 3600), "reason": .string(reason.rawValue),
        ])
    }
}

extension ScheduledSlot {
    /// The slot as JSON: start, end (ISO 8601 UTC), hours and intensity.
    public var json: JSONValue {
        .object([
            "start": .string(Timestamp.iso8601(start)), "end": .string(Timestamp.iso8601(end)),
            "hours": .number(Double(durationSeconds) / 3600), "intensity_g_per_kwh": .number(intensity),
        ])
    }
}
