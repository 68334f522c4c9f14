/// A best window encodes as `footprint when --format json` prints it for one zone, with the
/// same keys and values (without the job's `inputs`, `pue` and `facility_kwh_per_hour`).
extension WindowResult: Encodable {
    /// Encodes the window as the command's JSON object.
    public func encode(to encoder: any Encoder) throws {
        try json().encode(to: encoder)
    }
}

/// A ranking of zones encodes as the `zones` and `unavailable_zones` of
/// `footprint when --format json` across zones.
extension ZoneRanking: Encodable {
    /// Encodes the ranking as the command's JSON members.
    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(jsonMembers).encode(to: encoder)
    }
}
