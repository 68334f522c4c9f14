/// Plans a job that can pause and resume: the cheapest intervals of the series that add up
/// to the job's duration between the earliest start and the deadline.
///
/// Intervals are the series' own (step semantics; `interpolation` and the candidate step of
/// the query are not used), clipped to the range. They are taken by intensity, lowest first
/// (ties: earlier first); the last one taken is used only for the time still needed, from
/// its start. Gaps are never used.
package enum InterruptibleSchedule {
    /// The cheapest pause-and-resume plan for `query` in `series`; with `query.zone == nil`,
    /// the zone whose plan has the lowest mean intensity (ties: earlier completion, then name).
    ///
    /// - Throws: `TimeShiftError.invalidJob`, `.unknownZone`, `.deadlineTooSoon`;
    ///   `.notEnoughData` (one zone) or `.noZoneQualifies` (several) when the data in range
    ///   add up to less than the job.
    /// - Complexity: O(n log n) in the intervals in range.
    public static func plan(_ query: TimeShiftQuery, in series: IntensitySeries) throws(TimeShiftError) -> SchedulePlan {
        let resolved = try ResolvedQuery(query, in: series)
        if resolved.zones.count == 1 { return try plan(resolved.zones[0], query.job, resolved) }
        return try SchedulePlan.best(among: resolved.zones, plan: { zone throws(TimeShiftError) in try plan(zone, query.job, resolved) }) { result, current in
            isClearlyLower(result.averageIntensity, than: current.averageIntensity)
                || !isClearlyLower(current.averageIntensity, than: result.averageIntensity) && result.completion < current.completion
        }
    }

    private static func plan(_ zone: ZoneSeries, _ job: TimeShiftJob, _ resolved: ResolvedQuery) throws(TimeShiftError) -> SchedulePlan {
        let duration = resolved.durationSeconds
        let available = ScheduledSlot.available(in: zone, from: resolved.earliestStart, to: resolved.latestEnd)
        let total = available.reduce(Int64(0)) { $0 + $1.durationSeconds }
        guard total >= duration else {
            throw .notEnoughData(zone: zone.zone, availableSeconds: total, neededSeconds: duration)
        }
        let order = available.indices.sorted {
            available[$0].intensity != available[$1].intensity ? available[$0].intensity < available[$1].intensity : $0 < $1
        }
        var chosen: [ScheduledSlot] = []
        var remaining = duration
        for k in order where remaining > 0 {
            let slot = available[k]
            let used = min(slot.durationSeconds, remaining)
            chosen.append(ScheduledSlot(start: slot.start, end: slot.start + used, intensity: slot.intensity))
            remaining -= used
        }
        chosen.sort { $0.start < $1.start }
        let average = ScheduledSlot.average(chosen)
        let profile = IntensityProfile(zone, interpolation: .step)
        return SchedulePlan(
            zone: zone.zone, threshold: nil, slots: chosen, averageIntensity: average, energyKWh: job.energyKWh,
            co2eKg: job.co2eKg(atAverageIntensity: average),
            startNow: StartNow.of(job, seconds: duration, from: resolved.earliestStart, in: profile),
            earliestStart: resolved.earliestStart, latestEnd: resolved.latestEnd, gaps: resolved.gaps(of: zone))
    }
}
