extension EstimateReport {
    /// The report as one self-contained HTML page: the headline energy and CO2e with the
    /// low–high range, a bar of where the CO2e comes from (devices, CPU, memory, given IT
    /// energy, PUE overhead, embodied when included), the job, water, equivalents, the
    /// factors with source and year, and the assumptions. Numbers are those of `json`.
    package var html: String {
        let job = estimate.job, site = job.site
        let range = impacts.range
        let rangeNote = range.highKg > range.lowKg
            ? "range \(kg(range.lowKg + impacts.addedKg)) to \(kg(range.highKg + impacts.addedKg)) kg"
            : "one-point range: every factor is a single value"
        var body = HTML.figures([
            ("Energy", "\(NumberFormat.readable(estimate.energyKWh, digits: 4)) kWh", "PUE \(NumberFormat.readable(site.pue.value, digits: 4)) included"),
            ("Emissions", "\(kg(co2eKg)) kg CO2e", rangeNote),
            ("Grid intensity", "\(NumberFormat.fixed(site.intensity.value, 1)) gCO2e/kWh", "\(site.id) (\(site.basisText))"),
        ])
        body += HTML.section("Where the CO2e comes from", SVGChart.stackedBar(breakdown, unit: "kg CO2e", title: "CO2e by part of the job"))
        body += HTML.section("The job", HTML.table(header: [], rows: jobRows))
        let impactRows = self.impactRows
        if !impactRows.isEmpty { body += HTML.section("Range, water and equivalents", HTML.table(header: [], rows: impactRows)) }
        let factors = job.usedFactors.map { used in
            [used.name, used.subject, "\(NumberFormat.readable(used.factor.value, digits: 4)) \(used.unit)",
             used.factor.provenance.source + (used.basis.map { " (\($0.rawValue))" } ?? ""),
             used.factor.provenance.year.map(String.init) ?? "–"]
        }
        body += HTML.section("Factors", HTML.table(header: ["Factor", "Applies to", "Value", "Source", "Year"], rows: factors, numeric: [2, 4]))
        if !job.assumptions.isEmpty { body += HTML.section("Assumptions and what is not included", HTML.list(job.assumptions)) }
        return HTML.document(
            title: "Footprint estimate", subtitle: "An estimate from rated power and average factors, not a measurement.", body: body)
    }

    /// The CO2e of each part of the job, kg: the IT parts and the PUE overhead at the
    /// grid intensity, and embodied emissions when they are included.
    var breakdown: [SVGChart.Bar] {
        let perKWh = estimate.job.site.intensity.value / 1000
        let parts: [(String, Double)] = [
            ("devices", estimate.devicesKWh), ("CPU", estimate.processorKWh), ("memory", estimate.memoryKWh),
            ("given IT energy", estimate.knownKWh), ("PUE overhead", estimate.overheadKWh),
        ]
        var bars = parts.enumerated().filter { $0.element.1 > 0 }.map { index, part in
            SVGChart.Bar(label: part.0, value: part.1 * perKWh, style: "s\(index + 1)")
        }
        if impacts.includesEmbodied, impacts.embodied.kilograms > 0 {
            bars.append(SVGChart.Bar(label: "embodied", value: impacts.embodied.kilograms, style: "s6"))
        }
        return bars
    }
}
