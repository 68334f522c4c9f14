/// A stretch of time without usable intensity data in one zone.
///
/// Gaps are never interpolated across: no window, slot or threshold run uses them.
public struct DataGap: Sendable, Equatable, CustomStringConvertible {
    /// Why the data are missing.
    public enum Reason: String, Sendable, Equatable {
        /// Rows are present but their intensity is empty (or `null`, or dropped as a
        /// placeholder by an importer).
        case missingValue = "missing value"
        /// No rows cover the interval: the next timestamp comes later than the step.
        case missingRows = "missing rows"
        /// The range asked about reaches before the zone's first reading or after its last.
        case outsideData = "outside the data"
    }

    /// The zone the gap is in.
    public let zone: String
    /// The first second without data (since the Unix epoch).
    public let start: Int64
    /// The end of the gap (exclusive).
    public let end: Int64
    /// Why the data are missing.
    public let reason: Reason

    /// A gap over `[start, end)` in `zone`.
    public init(zone: String, start: Int64, end: Int64, reason: Reason) {
        self.zone = zone
        self.start = start
        self.end = end
        self.reason = reason
    }

    /// The length of the gap in seconds.
    public var durationSeconds: Int64 { end - start }

    /// Whether the gap overlaps `[from, to)`.
    public func overlaps(from: Int64, to: Int64) -> Bool { start < to && end > from }

    /// `"ZONE: no data 2024-06-03T10:00:00Z – 2024-06-03T11:00:00Z (1 h, missing rows)"`.
    public var description: String {
        "\(zone): no data \(Timestamp.iso8601(start)) – \(Timestamp.iso8601(end)) (\(Timestamp.describe(seconds: durationSeconds)), \(reason.rawValue))"
    }
}
