/// Finds the contiguous window with the lowest mean intensity for a job: "when (and where)
/// should this job run?"
///
/// Candidate starts are `earliestStart + k × step` (the step is the zone's, or the query's
/// `candidateStepSeconds`); a window `[start, start + duration)` is a candidate when it
/// ends by `latestEnd` and data cover it without a gap. The window with the lowest mean
/// wins; means within a relative 1e-9 are ties, won by the earlier start (then, across
/// zones, by the zone name). Means come from prefix sums, so each window costs O(log n).
package enum WindowSearch {
    /// The best window for `query` in `series`: in `query.zone`, or in every zone when it is
    /// `nil` (the best zone and time together).
    ///
    /// - Throws: `TimeShiftError.invalidJob`, `.invalidQuery`, `.unknownZone`;
    ///   `.deadlineTooSoon` when the range is shorter than the job; `.noCompleteWindow`
    ///   (one zone) or `.noZoneQualifies` (several) when gaps leave no window.
    /// - Complexity: O(c log n) for c candidate starts and n intervals per zone.
    package static func best(_ query: TimeShiftQuery, in series: IntensitySeries) throws(TimeShiftError) -> WindowResult {
        let resolved = try ResolvedQuery(query, in: series)
        if resolved.zones.count == 1 {
            return try search(resolved.zones[0], query, resolved)
        }
        let ranking = rank(query, resolved)
        guard let best = ranking.results.first else { throw .noZoneQualifies(ranking.unavailable) }
        return WindowResult(
            zone: best.zone, start: best.start, end: best.end, averageIntensity: best.averageIntensity,
            energyKWh: best.energyKWh, co2eKg: best.co2eKg, startNow: best.startNow,
            candidateWindows: ranking.results.reduce(0) { $0 + $1.candidateWindows },
            earliestStart: resolved.earliestStart, latestEnd: resolved.latestEnd,
            gaps: resolved.zones.flatMap { resolved.gaps(of: $0) })
    }

    /// The best window of each zone searched (`query.zone`, or all), best first.
    ///
    /// - Throws: the query errors of `best(_:in:)`; zones without a window are listed in
    ///   `ZoneRanking.unavailable`, not thrown.
    package static func rankZones(_ query: TimeShiftQuery, in series: IntensitySeries) throws(TimeShiftError) -> ZoneRanking {
        rank(query, try ResolvedQuery(query, in: series))
    }

    private static func rank(_ query: TimeShiftQuery, _ resolved: ResolvedQuery) -> ZoneRanking {
        var results: [WindowResult] = []
        var failures: [ZoneFailure] = []
        for zone in resolved.zones {
            do {
                results.append(try search(zone, query, resolved))
            } catch {
                failures.append(ZoneFailure(zone: zone.zone, error: error))
            }
        }
        results.sort { a, b in
            if isClearlyLower(a.averageIntensity, than: b.averageIntensity) { return true }
            if isClearlyLower(b.averageIntensity, than: a.averageIntensity) { return false }
            return a.start != b.start ? a.start < b.start : a.zone < b.zone
        }
        return ZoneRanking(results: results, unavailable: failures)
    }

    private static func search(_ zone: ZoneSeries, _ query: TimeShiftQuery, _ resolved: ResolvedQuery) throws(TimeShiftError) -> WindowResult {
        let profile = IntensityProfile(zone, interpolation: query.interpolation)
        let duration = resolved.durationSeconds
        let step = query.candidateStepSeconds ?? zone.stepSeconds
        let earliest = resolved.earliestStart
        var bestStart: Int64?
        var bestAverage = Double.infinity
        var count = 0
        var start = earliest
        // Skip candidates that end before the data begin.
        if !profile.isEmpty, let first = profile.starts.first, first - duration > start {
            start += (first - duration - start) / step * step
        }
        let lastEnd = min(resolved.latestEnd, profile.ends.last ?? resolved.latestEnd)
        while start + duration <= lastEnd {
            if let average = profile.average(from: start, to: start + duration) {
                count += 1
                if bestStart == nil || isClearlyLower(average, than: bestAverage) {
                    bestStart = start
                    bestAverage = average
                }
            }
            start += step
        }
        let gaps = resolved.gaps(of: zone)
        guard let bestStart else {
            throw .noCompleteWindow(zone: zone.zone, earliestStart: earliest, latestEnd: resolved.latestEnd, gaps: gaps)
        }
        let job = query.job
        return WindowResult(
            zone: zone.zone, start: bestStart, end: bestStart + duration, averageIntensity: bestAverage,
            energyKWh: job.energyKWh, co2eKg: job.co2eKg(atAverageIntensity: bestAverage),
            startNow: StartNow.of(job, seconds: duration, from: earliest, in: profile),
            candidateWindows: count, earliestStart: earliest, latestEnd: resolved.latestEnd, gaps: gaps)
    }
}
