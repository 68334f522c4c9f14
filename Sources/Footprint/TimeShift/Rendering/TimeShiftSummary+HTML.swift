extension TimeShiftSummary {
    /// The answer as one self-contained HTML page headed `title`: the chosen start, its
    /// emissions against starting now and the saving; a step chart of the zone's intensity
    /// over the searched range (from `series`) with the chosen stretches shaded, "start now"
    /// marked and gaps shown; the result rows; the stretches; and the missing data.
    func html(title: String, series: IntensitySeries?) -> String {
        var body = HTML.figures([
            ("Best start", Timestamp.iso8601(start), "in \(zone), \(NumberFormat.readable(Self.hours(start - earliestStart), digits: 4)) h after the earliest start"),
            ("Emissions", "\(NumberFormat.readable(co2eKg, digits: 4)) kg CO2e", "at \(NumberFormat.fixed(averageIntensity, 1)) gCO2e/kWh on average"),
            ("Saving against starting now", savingText, startNow.map { "start now: \(NumberFormat.readable($0.co2eKg, digits: 4)) kg CO2e" } ?? "no start-now reference"),
        ])
        if let zoneSeries = series?.zone(zone) {
            let points = zoneSeries.points.compactMap { point in point.intensity.map { ((point.start, point.end), $0) } }
            let chart = SVGChart.stepChart(
                points, from: earliestStart, to: latestEnd, shaded: stretches.map { ($0.start, $0.end) },
                gaps: zoneSeries.gaps(from: earliestStart, to: latestEnd).map { ($0.start, $0.end) },
                marker: earliestStart, markerLabel: "start now", unit: "gCO2e/kWh", title: "Carbon intensity of \(zone) over the searched range")
            body += HTML.section(
                "Intensity of \(zone)",
                chart + "<p class=\"caption\">Shaded: when the job runs. Grey: no data (never used). Dashed: start now.</p>\n")
        }
        body += HTML.section("Result", HTML.table(header: [], rows: tableRows))
        let stretches = self.stretches
        let stretchRows = Self.rows(of: stretches.prefix(50))
        body += HTML.section("When the job runs", HTML.table(header: ["Runs from", "Until", "Hours", "gCO2e/kWh"], rows: stretchRows, numeric: [2, 3]))
        let gapItems = gaps.prefix(50).map(\.description) + (gaps.count > 50 ? ["… and \(gaps.count - 50) more"] : [])
        body += HTML.section("Missing data", gapItems.isEmpty ? "<p>None in the searched range.</p>\n" : HTML.list(gapItems))
        return HTML.document(title: title, subtitle: "From the series' intensities; an estimate, not a measurement.", body: body)
    }
}

extension WindowResult {
    /// The result as one self-contained HTML page, with the intensity chart of `series`.
    package func html(series: IntensitySeries?) -> String {
        summary.html(title: "When to run: the best \(NumberFormat.readable(TimeShiftSummary.hours(end - start), digits: 4)) h window in \(zone)", series: series)
    }
}

extension SchedulePlan {
    /// The plan as one self-contained HTML page, with the intensity chart of `series`.
    package func html(series: IntensitySeries?) -> String {
        let what = threshold.map { "while below \(NumberFormat.readable($0, digits: 6)) gCO2e/kWh" } ?? "pause and resume, cheapest hours first"
        return summary.html(title: "When to run in \(zone): \(what)", series: series)
    }
}
