extension EstimateReport {
    /// The report as one JSON object: results with units in the key names, the breakdown,
    /// water, embodied emissions, the range, equivalents, per-request figures, the inputs
    /// echoed, the site, every factor with its source and year, the assumptions, and the
    /// inputs a given energy left unused.
    package var json: JSONValue {
        let job = estimate.job, impacts = self.impacts
        var object = impacts.jsonMembers.merging([
            "energy_kwh": .number(estimate.energyKWh),
            "co2e_kg": .number(co2eKg),
            "operational_co2e_kg": .number(estimate.co2eKg),
            "intensity_g_per_kwh": .number(job.intensity),
            "pue": .number(job.pue),
            "hours": .number(job.hours),
            "runs": .integer(job.runs),
            "breakdown": .object(impacts.breakdownMembers.merging([
                "devices_kwh": .number(estimate.devicesKWh),
                "cpu_kwh": .number(estimate.processorKWh),
                "memory_kwh": .number(estimate.memoryKWh),
                "known_kwh": .number(estimate.knownKWh),
                "it_kwh": .number(estimate.itKWh),
                "pue_overhead_kwh": .number(estimate.overheadKWh),
            ]) { _, own in own }),
            "inputs": spec.json,
            "resolved": job.resolvedJSON,
            "location": job.site.json,
            "sources": .array((job.usedFactors + impacts.usedFactors).map(\.json)),
            "assumptions": .array(job.assumptions.map(JSONValue.string)),
            "unused_inputs": .array(job.unusedInputs.map(JSONValue.string)),
        ]) { _, own in own }
        if let perRequest = impacts.gramsPerRequest(of: estimate), let requests = impacts.requests {
            object["co2e_g_per_request"] = .number(perRequest)
            object["co2e_g_per_1000_requests"] = .number(perRequest * 1000)
            object["energy_wh_per_request"] = .number(estimate.energyKWh * 1000 / Double(requests))
        }
        if let perToken = impacts.gramsPerToken(of: estimate) {
            object["co2e_g_per_token"] = .number(perToken)
            object["co2e_g_per_1000_tokens"] = .number(perToken * 1000)
        }
        return .object(object)
    }
}

extension EquivalentAmount {
    /// The amount as JSON: id, label, count, unit, and the factor's source and year.
    package var json: JSONValue {
        .object([
            "id": .string(id), "label": .string(label), "count": .number(count),
            "unit": .string(unit), "g_co2e_per_unit": .number(gramsPerUnit.value),
            "source": .string(gramsPerUnit.source), "year": .optional(gramsPerUnit.year),
        ])
    }
}

extension Impacts {
    /// The members an estimate's JSON takes from its impacts: the range, embodied
    /// emissions, water, equivalents, and the requests and tokens when given.
    package var jsonMembers: [String: JSONValue] {
        var members: [String: JSONValue] = [
            "co2e_kg_low": .number(range.lowKg + addedKg),
            "co2e_kg_high": .number(range.highKg + addedKg),
            "embodied_co2e_kg": .number(embodied.kilograms),
            "includes_embodied": .bool(includesEmbodied),
            "water_l": .number(water.litres),
            "water_onsite_l": .number(water.onsiteLitres),
            "water_offsite_l": .number(water.offsiteLitres),
            "equivalents": .array(equivalents.map(\.json)),
        ]
        if let requests { members["requests"] = .integer(requests) }
        if let tokens { members["tokens"] = .integer(tokens) }
        return members
    }

    /// The members of an estimate's `breakdown` that come from its impacts.
    package var breakdownMembers: [String: JSONValue] {
        ["embodied_device_kg": .number(embodied.deviceKg), "embodied_host_kg": .number(embodied.hostKg)]
    }

    /// The water, embodied and range factors used, for the report's sources.
    public var usedFactors: [UsedFactor] {
        var factors = [
            UsedFactor(name: "wue_l_per_kwh", subject: "on-site water", factor: water.wue, unit: "L/kWh"),
            UsedFactor(name: "ewif_l_per_kwh", subject: "off-site water", factor: water.ewif, unit: "L/kWh"),
        ]
        if let device = embodied.device {
            factors.append(UsedFactor(name: "embodied_kg", subject: device.name, factor: device.kilograms, unit: "kg CO2e"))
        }
        if let host = embodied.host {
            factors.append(UsedFactor(name: "embodied_kg", subject: host.name, factor: host.kilograms, unit: "kg CO2e"))
        }
        if let low = range.utilizationLow {
            factors.append(UsedFactor(name: "utilization_typical_low", subject: "range", factor: low, unit: "fraction"))
        }
        return factors
    }
}

extension Site {
    /// The site's identity as JSON, with the basis of its intensity and any
    /// provider-reported figure.
    var json: JSONValue {
        .object(intensityMembers.merging([
            "id": .string(id), "name": .string(name), "kind": .string(kind.rawValue),
            "provider": .optional(provider), "country": .optional(country), "continent": .optional(continent),
            "grid_zone": .optional(gridZone),
        ]) { _, own in own })
    }
}

extension UsedFactor {
    /// The factor as JSON: name, subject, value, unit, source, year, table, and the basis
    /// of a grid intensity.
    package var json: JSONValue {
        var members: [String: JSONValue] = [
            "factor": .string(name), "applies_to": .string(subject), "value": .number(factor.value),
            "unit": .string(unit), "source": .string(factor.provenance.source),
            "year": .optional(factor.provenance.year), "table": .optional(factor.provenance.table),
        ]
        if let basis { members["basis"] = .string(basis.rawValue) }
        return .object(members)
    }
}
