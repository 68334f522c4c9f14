/// Impacts encode with the keys `footprint estimate --format json` gives them (README, "JSON
/// output"): `co2e_kg_low`, `co2e_kg_high`, `embodied_co2e_kg`, `includes_embodied`, the
/// `water_*_l` litres, `equivalents`, `requests` and `tokens` when given, the embodied part
/// of `breakdown`, and the water, embodied and range factors as `sources`.
extension Impacts: Encodable {
    /// Encodes the impacts as the command's JSON members.
    public func encode(to encoder: any Encoder) throws {
        var members = jsonMembers
        members["breakdown"] = .object(breakdownMembers)
        members["sources"] = .array(usedFactors.map(\.json))
        try JSONValue.object(members).encode(to: encoder)
    }
}

/// An equivalent encodes as one of the command's `equivalents`: `id`, `label`, `count`,
/// `unit`, `g_co2e_per_unit`, `source` and `year`.
extension EquivalentAmount: Encodable {
    /// Encodes the amount as the command's JSON object.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
