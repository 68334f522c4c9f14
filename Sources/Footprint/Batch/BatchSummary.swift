/// What a batch run did: rows read, how many succeeded and failed, and the totals of the
/// good rows.
package struct BatchSummary: Sendable, Hashable {
    /// Data rows read (blank lines are not rows).
    package var rows = 0
    /// Rows estimated.
    package var ok = 0
    /// Rows that failed; each was still written, with its error.
    package var errors = 0
    /// Good rows that name no region, location or intensity, and so use the world average.
    package var worldAverage = 0
    /// Good rows whose count cell is empty (with no default), so that one device is counted.
    package var countAssumed = 0
    /// Total energy of the good rows, kWh.
    package var energyKWh = 0.0
    /// Total CO2e of the good rows, kg.
    package var co2eKg = 0.0
    /// Columns not used that look meant for a job field, with why
    /// (`BatchColumns.unusedLookalikes(defaults:)`).
    package var unusedLookalikes: [String] = []
    /// Result columns written under another name because an input column has theirs
    /// (`BatchColumns.resultNames`), as the names written.
    package var renamedResults: [String] = []
    /// Columns at the end that an earlier batch wrote, passed through (`BatchColumns.earlierResults`).
    package var earlierResults = 0

    /// An empty summary.
    package init() {}
}
