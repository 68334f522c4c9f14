/// A named scalar factor of `constants.csv`, such as the memory power per GB.
package struct Constant: Sendable, Hashable {
    /// The constant's id, such as `memory_watts_per_gb`.
    package let id: String
    /// The value with its source and year.
    package let factor: Factor
    /// The unit of the value.
    package let unit: String

    /// A constants row.
    package init(id: String, factor: Factor, unit: String) {
        self.id = id
        self.factor = factor
        self.unit = unit
    }
}
