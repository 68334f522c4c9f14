/// A budget encodes as the `budget` of the command's JSON, without the amount used:
/// `{"limit": 50, "unit": "kg CO2e"}` (the unit `kg CO2e` or `kWh`), and decodes from it.
extension Budget: Codable {
    /// The keys, as the command names them.
    enum CodingKeys: String, CodingKey {
        case limit, quantity = "unit"
    }

    /// Decodes a budget.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a unit other than `kg CO2e` or `kWh`, or
    ///   a limit that is not a finite number above 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let limit = try container.decode(Double.self, forKey: .limit)
        guard limit.isFinite, limit > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .limit, in: container, debugDescription: "a budget's limit must be a finite number above 0")
        }
        let unit = try container.decode(String.self, forKey: .quantity)
        guard let quantity = Quantity(rawValue: unit) else {
            throw DecodingError.dataCorruptedError(forKey: .quantity, in: container, debugDescription: "a budget's unit is 'kg CO2e' or 'kWh', not '\(unit)'")
        }
        self.init(limit: limit, quantity: quantity)
    }

    /// Encodes the limit and its unit.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(limit, forKey: .limit)
        try container.encode(quantity.rawValue, forKey: .quantity)
    }
}
