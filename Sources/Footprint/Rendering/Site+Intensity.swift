extension Site {
    /// The members every JSON view of a site shares about its intensity: `basis`,
    /// `intensity_from` (`grid` or `provider`), and the provider-reported figure with its
    /// basis, CFE share, source and year (null where no provider publishes one).
    var intensityMembers: [String: JSONValue] {
        [
            "basis": .optional(basis?.rawValue), "intensity_from": .string(intensityFrom.rawValue),
            "provider_reported_g_per_kwh": .optional(providerReported?.factor.value),
            "provider_reported_basis": .optional(providerReported?.basis.rawValue),
            "provider_reported_cfe_percent": .optional(providerReported?.cfePercent),
            "provider_reported_source": .optional(providerReported?.factor.provenance.source),
            "provider_reported_year": .optional(providerReported?.factor.provenance.year),
        ]
    }

    /// The basis as a word for tables and CSV; `user` for an intensity the user gave.
    package var basisText: String { basis?.rawValue ?? "user" }
}
