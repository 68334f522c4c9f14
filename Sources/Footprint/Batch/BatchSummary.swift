/// What a batch run did: rows read, how many succeeded and failed, and the totals of the
/// good rows.
public struct BatchSummary: Sendable, Hashable {
    /// Data rows read (blank lines are not rows).
    public var rows = 0
    /// Rows estimated.
    public var ok = 0
    /// Rows that failed; each was still written, with its error.
    public var errors = 0
    /// Good rows that name no region, location or intensity, and so use the world average.
    public var worldAverage = 0
    /// Total energy of the good rows, kWh.
    public var energyKWh = 0.0
    /// Total CO2e of the good rows, kg.
    public var co2eKg = 0.0

    /// An empty summary.
    public init() {}
}
