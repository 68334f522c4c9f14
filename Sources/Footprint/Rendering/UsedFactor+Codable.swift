/// A factor encodes as one of the `sources` of `footprint estimate --format json`.
extension UsedFactor: Encodable {
    /// The keys, as the command names them.
    enum CodingKeys: String, CodingKey {
        case name = "factor", subject = "applies_to", value, unit, source, year, table, basis
    }

    /// Encodes the name, subject, value, unit, provenance and, for a grid intensity, the basis.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(subject, forKey: .subject)
        try container.encode(factor.value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(factor.provenance.source, forKey: .source)
        try container.encode(factor.provenance.year, forKey: .year)
        try container.encode(factor.provenance.table, forKey: .table)
        try container.encodeIfPresent(basis?.rawValue, forKey: .basis)
    }
}
