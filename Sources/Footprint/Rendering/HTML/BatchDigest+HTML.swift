extension BatchDigest {
    /// How many bars a chart by hardware or location shows (the rest are one "other" bar).
    public static let chartBars = 15

    /// The batch as one self-contained HTML page: the totals, charts of CO2e by hardware
    /// and by location, the totals per group (with `groupBy`), the 20 rows with the most
    /// CO2e, and the first row errors. `source` names the input.
    public func html(source: String) -> String {
        var body = HTML.figures([
            ("Jobs", "\(totals.jobs) estimated", "\(totals.errors) failed of \(totals.jobs + totals.errors) rows"),
            ("Energy", "\(NumberFormat.readable(totals.energyKWh, digits: 4)) kWh", "PUE included"),
            ("Emissions", "\(NumberFormat.readable(totals.co2eKg, digits: 4)) kg CO2e", "operational; batch rows carry no range or water"),
        ])
        body += HTML.section("CO2e by hardware", Self.chart(byHardware, empty: "(no hardware)", title: "CO2e by hardware"))
        body += HTML.section("CO2e by location", Self.chart(byLocation, empty: "(no location)", title: "CO2e by location"))
        if !groupBy.isEmpty {
            let groups = sortedGroups
            let bars = groups.map { SVGChart.Bar(label: $0.key.joined(separator: " · "), value: $0.totals.co2eKg) }
            let rows = groups.map { group in
                group.key + [String(group.totals.jobs), String(group.totals.errors), NumberFormat.readable(group.totals.energyKWh, digits: 4),
                             NumberFormat.readable(group.totals.co2eKg, digits: 4)]
            }
            let first = groupBy.count
            body += HTML.section(
                "CO2e by \(groupBy.joined(separator: " and "))",
                SVGChart.horizontalBars(bars, unit: "kg CO2e", title: "CO2e by \(groupBy.joined(separator: ", "))")
                    + HTML.table(header: groupBy + ["Jobs", "Errors", "kWh", "kg CO2e"], rows: rows, numeric: Set(first..<(first + 4))))
        }
        let topRows = top.map { row in
            [String(row.number), row.label, row.hardwareID, row.locationID, NumberFormat.readable(row.energyKWh, digits: 4), NumberFormat.readable(row.co2eKg, digits: 4)]
        }
        body += HTML.section(
            "The \(top.count) jobs with the most CO2e",
            HTML.table(header: ["Row", "First column", "Hardware", "Location", "kWh", "kg CO2e"], rows: topRows, numeric: [0, 4, 5]))
        let errorRows = errors.map { [String($0.line), $0.message] }
        let more = totals.errors > errors.count ? "<p class=\"note\">… and \(totals.errors - errors.count) more.</p>\n" : ""
        body += HTML.section(
            "Rows that failed (\(totals.errors))",
            errorRows.isEmpty ? "<p>None.</p>\n" : HTML.table(header: ["Line", "Error"], rows: errorRows, numeric: [0]) + more)
        return HTML.document(title: "Batch footprint: \(source)", subtitle: "Estimates from rated power and average factors, not measurements.", body: body)
    }

    /// A bar chart of `totals` by key, most CO2e first: at most `chartBars` bars, the rest
    /// joined into one "other" bar; an empty key is labelled `empty`.
    static func chart(_ totals: [String: Totals], empty: String, title: String) -> String {
        let ordered = totals.sorted { $0.value.co2eKg != $1.value.co2eKg ? $0.value.co2eKg > $1.value.co2eKg : $0.key < $1.key }
        var bars = ordered.prefix(chartBars).map { SVGChart.Bar(label: $0.key.isEmpty ? empty : $0.key, value: $0.value.co2eKg) }
        if ordered.count > chartBars {
            let rest = ordered.dropFirst(chartBars)
            bars.append(SVGChart.Bar(label: "\(rest.count) others", value: rest.reduce(0) { $0 + $1.value.co2eKg }, style: "s6"))
        }
        return bars.isEmpty ? "<p>No estimated rows.</p>\n" : SVGChart.horizontalBars(bars, unit: "kg CO2e", title: title)
    }
}
