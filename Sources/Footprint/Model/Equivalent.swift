/// Something people can picture, with its emissions per unit, from `equivalents.csv`.
public struct Equivalent: Sendable, Hashable {
    /// Row id, such as `car_km_eu`.
    public let id: String
    /// What one unit is, in words.
    public let label: String
    /// Grams CO2e of one unit, with source and year.
    public let gramsPerUnit: Factor
    /// The unit: `km`, `flight`, `charge`, ...
    public let unit: String
}
