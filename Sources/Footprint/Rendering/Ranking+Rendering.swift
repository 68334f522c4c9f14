extension Ranking.Alternative {
    /// The alternative as JSON: rank, site identity, factors used, results and savings.
    package var json: JSONValue {
        let site = self.site
        return .object(site.intensityMembers.merging([
            "rank": .integer(rank), "id": .string(site.id), "name": .string(site.name), "kind": .string(site.kind.rawValue),
            "provider": .optional(site.provider), "country": .optional(site.country), "continent": .optional(site.continent),
            "grid_zone": .optional(site.gridZone),
            "intensity_g_per_kwh": .number(site.intensity.value), "intensity_source": .string(site.intensity.provenance.source),
            "intensity_year": .optional(site.intensity.provenance.year), "pue": .number(site.pue.value),
            "pue_source": .string(site.pue.provenance.source), "pue_year": .optional(site.pue.provenance.year),
            "energy_kwh": .number(estimate.energyKWh), "co2e_kg": .number(estimate.co2eKg),
            "saving_kg": .optional(savingKg), "saving_percent": .optional(savingPercent), "is_job_location": .bool(isJobLocation),
        ]) { _, own in own })
    }

    /// The columns of `csvLine`.
    package static let csvColumns = [
        "rank", "id", "provider", "kind", "country", "basis", "intensity_g_per_kwh", "pue", "energy_kwh", "co2e_kg", "saving_kg",
        "saving_percent", "is_job_location",
    ]

    /// The alternative as a CSV line.
    package var csvLine: String {
        CSVWriter.line([
            String(rank), site.id, site.provider ?? "", site.kind.rawValue, site.country ?? "", site.basisText,
            NumberFormat.json(site.intensity.value), NumberFormat.json(site.pue.value), NumberFormat.json(estimate.energyKWh),
            NumberFormat.json(estimate.co2eKg), savingKg.map(NumberFormat.json) ?? "", savingPercent.map(NumberFormat.json) ?? "",
            isJobLocation ? "true" : "false",
        ].map(CSVWriter.neutralizingFormula))
    }

    /// "saves 12.3 kg (45.6 %)" or "adds ..." against the job's own location; empty without one.
    package var savingText: String {
        guard let savingKg else { return "" }
        let percent = savingPercent.map { " (\(NumberFormat.fixed(abs($0), 1)) %)" } ?? ""
        return (savingKg >= 0 ? "saves " : "adds ") + NumberFormat.readable(abs(savingKg), digits: 3) + " kg" + percent
    }
}

extension Ranking {
    /// The ranking as JSON: `job` (the estimate at the job's own location, or null) and
    /// `alternatives` (cleanest first).
    package func json(shown: [Alternative], jobReport: EstimateReport?) -> JSONValue {
        .object(["job": jobReport?.json ?? .null, "alternatives": .array(shown.map(\.json)), "left_out": .number(Double(leftOut))])
    }

    /// The ranking as CSV.
    package func csv(shown: [Alternative]) -> String {
        CSVWriter.line(Alternative.csvColumns) + shown.map(\.csvLine).joined()
    }

    /// The ranking as a table; with `barWidth` > 0 each row ends in a bar proportional to
    /// its CO2e (for terminals). Without a job location there is no SAVING column, and a
    /// closing line says how to get one.
    package func table(shown: [Alternative], barWidth: Int) -> String {
        let largest = shown.map(\.estimate.co2eKg).max() ?? 0
        var header = ["#", "LOCATION", "PROVIDER", "BASIS", "GCO2E/KWH", "PUE", "KG CO2E"]
        if baseline != nil { header.append("SAVING") }
        if barWidth > 0 { header.append("") }
        let rows = shown.map { alternative -> [String] in
            let site = alternative.site
            var row = [
                String(alternative.rank) + (alternative.isJobLocation ? "*" : ""), site.id, site.provider ?? site.kind.rawValue,
                site.basisText, NumberFormat.fixed(site.intensity.value, 1), NumberFormat.readable(site.pue.value, digits: 3),
                NumberFormat.readable(alternative.estimate.co2eKg, digits: 4),
            ]
            if baseline != nil { row.append(alternative.savingText) }
            if barWidth > 0 {
                let length = largest > 0 ? Int((alternative.estimate.co2eKg / largest * Double(barWidth)).rounded()) : 0
                row.append(String(repeating: "█", count: max(length, alternative.estimate.co2eKg > 0 ? 1 : 0)))
            }
            return row
        }
        var text = TextTable(header: header, rows: rows, alignments: [.right, .left, .left, .left, .right, .right, .right, .left, .left]).rendered()
        if let baseline {
            text += "\n* the job's own location: \(baseline.job.site.id), \(NumberFormat.readable(baseline.co2eKg, digits: 4)) kg CO2e\n"
        } else {
            text += "\nNo SAVING column: no job location; give --region or --location to see savings.\n"
        }
        return text
    }
}
