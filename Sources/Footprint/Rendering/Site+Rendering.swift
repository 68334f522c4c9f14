extension Site {
    /// The site as a listing object: id, kind, name, provider (regions only), country,
    /// continent, grid_zone, intensity_g_per_kwh with its basis, year and source, the
    /// provider-reported figure, pue with its year and source.
    package var listingJSON: JSONValue {
        .object(intensityMembers.merging([
            "id": .string(id), "kind": .string(kind.rawValue), "name": .string(name), "provider": .optional(provider),
            "country": .optional(country), "continent": .optional(continent), "grid_zone": .optional(gridZone),
            "intensity_g_per_kwh": .number(intensity.value), "year": .optional(intensity.provenance.year),
            "source": .string(intensity.provenance.source), "pue": .number(pue.value),
            "pue_year": .optional(pue.provenance.year), "pue_source": .string(pue.provenance.source),
        ]) { _, own in own })
    }

    /// The columns of `csvLine`.
    package static let csvColumns = [
        "id", "kind", "name", "provider", "country", "continent", "grid_zone", "basis", "intensity_g_per_kwh", "year", "source",
        "provider_reported_g_per_kwh", "pue", "pue_year", "pue_source",
    ]

    /// The site as a CSV line.
    package var csvLine: String {
        CSVWriter.line([
            id, kind.rawValue, name, provider ?? "", country ?? "", continent ?? "", gridZone ?? "", basisText,
            NumberFormat.json(intensity.value), intensity.provenance.year.map(String.init) ?? "", intensity.provenance.source,
            providerReported.map { NumberFormat.json($0.factor.value) } ?? "",
            NumberFormat.json(pue.value), pue.provenance.year.map(String.init) ?? "", pue.provenance.source,
        ].map(CSVWriter.neutralizingFormula))
    }

    /// Sites as an aligned table.
    package static func table(_ sites: [Site]) -> String {
        TextTable(
            header: ["ID", "KIND", "NAME", "GRID ZONE", "BASIS", "GCO2E/KWH", "PUE", "YEAR", "SOURCE"],
            rows: sites.map {
                [$0.id, $0.kind.rawValue, $0.name, $0.gridZone ?? "", $0.basisText, NumberFormat.fixed($0.intensity.value, 1),
                 NumberFormat.readable($0.pue.value, digits: 3), $0.intensity.provenance.year.map(String.init) ?? "",
                 $0.intensity.provenance.source]
            },
            alignments: [.left, .left, .left, .left, .left, .right, .right, .right, .left]
        ).rendered()
    }
}
