/// A named scalar factor of `constants.csv`, such as the memory power per GB.
public struct Constant: Sendable, Hashable {
    /// The constant's id, such as `memory_watts_per_gb`.
    public let id: String
    /// The value with its source and year.
    public let factor: Factor
    /// The unit of the value.
    public let unit: String

    /// A constants row.
    public init(id: String, factor: Factor, unit: String) {
        self.id = id
        self.factor = factor
        self.unit = unit
    }
}
