extension IntensitySeries {
    /// The contiguous window with the lowest mean intensity for `query`: in `query.zone`, or
    /// across every zone when it is `nil` (the best zone and time together).
    ///
    /// Candidate starts are `earliestStart + k × step` (the zone's step, or the query's
    /// `candidateStepSeconds`); a window is a candidate when it ends by `latestEnd` and data
    /// cover it without a gap. Means within a relative 1e-9 are ties, won by the earlier
    /// start, then by the zone name.
    ///
    /// - Throws: `TimeShiftError.invalidQuery` or `.unknownZone` for the query;
    ///   `.deadlineTooSoon` when the range is shorter than the job; `.noCompleteWindow`
    ///   (one zone) or `.noZoneQualifies` (several) when gaps leave no window.
    /// - Complexity: O(c log n) for c candidate starts and n intervals per zone.
    public func bestWindow(for query: TimeShiftQuery) throws(TimeShiftError) -> WindowResult {
        try WindowSearch.best(query, in: self)
    }

    /// The best window of each zone searched (`query.zone`, or every zone), best first.
    ///
    /// - Throws: the query errors of `bestWindow(for:)`; zones without a window are listed
    ///   in `ZoneRanking.unavailable`, not thrown.
    public func bestWindowPerZone(for query: TimeShiftQuery) throws(TimeShiftError) -> ZoneRanking {
        try WindowSearch.rankZones(query, in: self)
    }
}
