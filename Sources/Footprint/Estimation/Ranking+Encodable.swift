/// An alternative encodes as one of the `alternatives` of `footprint regions --format json`,
/// with the same keys and values: the rank, the place and its factors with their sources,
/// the job's energy and CO2e there, and the saving.
extension Ranking.Alternative: Encodable {
    /// Encodes the alternative as the command's JSON object.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}

/// A ranking encodes as `footprint regions --format json` prints it: `job` (the job's own
/// estimate, or null without a location), `alternatives`, cleanest first, and `left_out`
/// (see `leftOut`).
extension Ranking: Encodable {
    /// The keys, as the command names them.
    enum CodingKeys: String, CodingKey {
        case baseline = "job", alternatives, leftOut = "left_out"
    }

    /// Encodes the job's own estimate (or null) and every alternative.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(alternatives, forKey: .alternatives)
        try container.encode(leftOut, forKey: .leftOut)
    }
}

/// The best alternatives encode as `footprint estimate --format json`'s
/// `cleaner_alternatives`: an array of the alternatives found, each with a `scope` of
/// `same_provider` or `overall`.
extension BestAlternatives: Encodable {
    /// Encodes the alternatives found as the command's JSON array.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
