/// Something people can picture, with its emissions per unit, from `equivalents.csv`.
package struct Equivalent: Sendable, Hashable {
    /// Row id, such as `car_km_eu`.
    package let id: String
    /// What one unit is, in words.
    package let label: String
    /// Grams CO2e of one unit, with source and year.
    package let gramsPerUnit: Factor
    /// The unit: `km`, `flight`, `charge`, ...
    package let unit: String
}
