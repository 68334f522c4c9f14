extension BudgetFit {
    /// The fit as `footprint budget --format json` prints it: `max_hours` (per run, null
    /// when an hour costs nothing), `budget`, `per_hour` and its `per_hour_unit`, `fixed`,
    /// the `location` id with its `intensity_g_per_kwh` and `pue`, and `runs`.
    package var json: JSONValue {
        .object([
            "max_hours": .optional(maxHours), "budget": budget.json(used: 0),
            "per_hour": .number(perHour), "per_hour_unit": .string(budget.quantity.rawValue),
            "fixed": .number(fixed), "location": .string(site.id),
            "intensity_g_per_kwh": .number(site.intensity.value), "pue": .number(site.pue.value),
            "runs": .integer(runs),
        ])
    }
}

/// A fit encodes as `footprint budget --format json` prints it, with the same keys and values.
extension BudgetFit: Encodable {
    /// Encodes the fit as the command's JSON object.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
