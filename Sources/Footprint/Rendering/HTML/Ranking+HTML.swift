extension Ranking {
    /// The ranking as one self-contained HTML page: a horizontal bar chart of the `shown`
    /// locations' CO2e, coloured by provider, the job's own location outlined; the basis
    /// of their intensities; and the table of `csv`'s numbers.
    package func html(shown: [Alternative]) -> String {
        let bars = shown.map { alternative in
            SVGChart.Bar(
                label: "\(alternative.rank). \(alternative.site.id)" + (alternative.isJobLocation ? " (this job)" : ""),
                value: alternative.estimate.co2eKg, style: SVGChart.providerStyle(alternative.site.provider),
                isMarked: alternative.isJobLocation)
        }
        let bases = Set(shown.map(\.site.basisText)).sorted().joined(separator: ", ")
        let providers = Set(shown.map { $0.site.provider ?? "other" }).sorted()
        let legend = "<div class=\"legend\">" + providers.map { provider in
            "<span><span class=\"swatch\" style=\"background: var(--\(SVGChart.providerStyle(provider == "other" ? nil : provider).dropFirst(2)))\"></span>\(HTML.escape(provider))</span>"
        }.joined() + "</div>\n"
        var body = "<p>Every location uses its own grid intensity and PUE. Intensity basis: <strong>\(HTML.escape(bases.isEmpty ? "none" : bases))</strong>.</p>\n"
        if let baseline {
            body += HTML.figures([
                ("This job's location", baseline.job.site.id, "\(NumberFormat.readable(baseline.co2eKg, digits: 4)) kg CO2e"),
                ("Cleanest shown", shown.first?.site.id ?? "–", shown.first.map { "\(NumberFormat.readable($0.estimate.co2eKg, digits: 4)) kg CO2e, \($0.savingText)" } ?? ""),
            ])
        }
        body += HTML.section(
            "CO2e of the job at each location, cleanest first",
            legend + SVGChart.horizontalBars(bars, unit: "kg CO2e", title: "CO2e of the job by location"))
        let rows = shown.map { alternative in
            [String(alternative.rank) + (alternative.isJobLocation ? " *" : ""), alternative.site.id, alternative.site.provider ?? alternative.site.kind.rawValue,
             alternative.site.basisText, NumberFormat.fixed(alternative.site.intensity.value, 1),
             NumberFormat.readable(alternative.site.pue.value, digits: 3), NumberFormat.readable(alternative.estimate.co2eKg, digits: 4),
             alternative.savingText]
        }
        body += HTML.section(
            "Locations",
            HTML.table(header: ["#", "Location", "Provider", "Basis", "gCO2e/kWh", "PUE", "kg CO2e", "Saving"], rows: rows, numeric: [0, 4, 5, 6]))
        if baseline == nil { body += "<p class=\"note\">No saving column: no job location; give --region or --location to see savings.</p>\n" }
        return HTML.document(title: "Where to run: locations ranked by CO2e", subtitle: "Estimates from rated power and average factors, not measurements.", body: body)
    }
}
