/// The intensity data of one zone: intervals in time order, none overlapping, with the gaps
/// between or inside them listed.
package struct ZoneSeries: Sendable, Equatable {
    /// The zone.
    public let zone: String
    /// The intervals, sorted by start; a point with a `nil` intensity is a missing value.
    public let points: [IntensityPoint]
    /// The zone's regular step in seconds: the most common interval length.
    public let stepSeconds: Int64
    /// Where data are missing between the first start and the last end, in time order.
    public let gaps: [DataGap]

    /// A zone from points already sorted and checked (`IntensitySeries` builds these).
    init(zone: String, points: [IntensityPoint], stepSeconds: Int64) {
        self.zone = zone
        self.points = points
        self.stepSeconds = stepSeconds
        var gaps: [DataGap] = []
        func add(_ start: Int64, _ end: Int64, _ reason: DataGap.Reason) {
            if let last = gaps.last, last.end == start, last.reason == reason {
                gaps[gaps.count - 1] = DataGap(zone: zone, start: last.start, end: end, reason: reason)
            } else {
                gaps.append(DataGap(zone: zone, start: start, end: end, reason: reason))
            }
        }
        var previousEnd: Int64?
        for point in points {
            if let previousEnd, point.start > previousEnd { add(previousEnd, point.start, .missingRows) }
            if point.intensity == nil { add(point.start, point.end, .missingValue) }
            previousEnd = point.end
        }
        self.gaps = gaps
    }

    /// The start of the first interval.
    public var start: Int64 { points.first?.start ?? 0 }
    /// The end of the last interval (exclusive).
    public var end: Int64 { points.last?.end ?? 0 }

    /// The gaps that overlap `[from, to)`.
    public func gaps(from: Int64, to: Int64) -> [DataGap] {
        gaps.filter { $0.overlaps(from: from, to: to) }
    }
}
