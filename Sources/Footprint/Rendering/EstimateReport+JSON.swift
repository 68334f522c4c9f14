extension EstimateReport {
    /// The report as one JSON object: results with units in the key names, the breakdown,
    /// the inputs echoed, the site, every factor with its source and year, and the
    /// assumptions.
    public var json: JSONValue {
        let job = estimate.job
        return .object([
            "energy_kwh": .number(estimate.energyKWh),
            "co2e_kg": .number(estimate.co2eKg),
            "intensity_g_per_kwh": .number(job.site.intensity.value),
            "pue": .number(job.site.pue.value),
            "hours": .number(job.hours),
            "runs": .integer(job.runs),
            "breakdown": .object([
                "devices_kwh": .number(estimate.devicesKWh),
                "cpu_kwh": .number(estimate.processorKWh),
                "memory_kwh": .number(estimate.memoryKWh),
                "known_kwh": .number(estimate.knownKWh),
                "it_kwh": .number(estimate.itKWh),
                "pue_overhead_kwh": .number(estimate.overheadKWh),
            ]),
            "inputs": inputsJSON,
            "location": job.site.json,
            "sources": .array(job.usedFactors.map(\.json)),
            "assumptions": .array(job.assumptions.map(JSONValue.string)),
        ])
    }
}

extension Site {
    /// The site's identity as JSON.
    var json: JSONValue {
        .object([
            "id": .string(id), "name": .string(name), "kind": .string(kind.rawValue),
            "provider": .optional(provider), "country": .optional(country), "continent": .optional(continent),
            "grid_zone": .optional(gridZone),
        ])
    }
}

extension UsedFactor {
    /// The factor as JSON: name, subject, value, unit, source, year, table.
    public var json: JSONValue {
        .object([
            "factor": .string(name), "applies_to": .string(subject), "value": .number(factor.value),
            "unit": .string(unit), "source": .string(factor.provenance.source),
            "year": .optional(factor.provenance.year), "table": .optional(factor.provenance.table),
        ])
    }
}
