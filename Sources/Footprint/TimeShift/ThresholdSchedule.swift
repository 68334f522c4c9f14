/// Plans a job that runs only while the grid's intensity is below a threshold, pausing
/// otherwise, from the earliest start until it has run for its duration.
///
/// The series' intervals are walked in time order (step semantics, clipped to the range);
/// the job runs through every interval whose intensity is strictly below the threshold and
/// stops part-way through the interval in which it completes. Missing data count as "not
/// below": the job pauses there.
package enum ThresholdSchedule {
    /// The threshold plan for `query` in `series`; with `query.zone == nil`, the zone that
    /// completes first (ties: lower mean intensity, then name).
    ///
    /// - Parameters:
    ///   - query: the job, its zone (nil for any) and its time bounds.
    ///   - threshold: run only while intensity < `threshold` gCO2e/kWh.
    ///   - series: the intensities to plan in.
    /// - Throws: `TimeShiftError.invalidJob`, `.invalidQuery` (threshold not finite),
    ///   `.unknownZone`, `.deadlineTooSoon`; `.thresholdNotReached` (one zone) or
    ///   `.noZoneQualifies` (several) when the job cannot finish by the deadline or the
    ///   end of the data.
    /// - Complexity: O(n) in the intervals in range.
    public static func plan(_ query: TimeShiftQuery, threshold: Double, in series: IntensitySeries) throws(TimeShiftError) -> SchedulePlan {
        guard threshold.isFinite else { throw .invalidQuery("the threshold (\(threshold)) must be a finite number of g/kWh") }
        let resolved = try ResolvedQuery(query, in: series)
        if resolved.zones.count == 1 { return try plan(resolved.zones[0], query.job, threshold, resolved) }
        return try SchedulePlan.best(among: resolved.zones, plan: { zone throws(TimeShiftError) in try plan(zone, query.job, threshold, resolved) }) { result, current in
            result.completion < current.completion
                || result.completion == current.completion && isClearlyLower(result.averageIntensity, than: current.averageIntensity)
        }
    }

    private static func plan(
        _ zone: ZoneSeries, _ job: TimeShiftJob, _ threshold: Double, _ resolved: ResolvedQuery
    ) throws(TimeShiftError) -> SchedulePlan {
        let duration = resolved.durationSeconds
        var remaining = duration
        var slots: [ScheduledSlot] = []
        for slot in ScheduledSlot.available(in: zone, from: resolved.earliestStart, to: resolved.latestEnd)
        where remaining > 0 && slot.intensity < threshold {
            let used = min(slot.durationSeconds, remaining)
            slots.append(ScheduledSlot(start: slot.start, end: slot.start + used, intensity: slot.intensity))
            remaining -= used
        }
        guard remaining == 0 else {
            throw .thresholdNotReached(zone: zone.zone, threshold: threshold, runSeconds: duration - remaining, neededSeconds: duration)
        }
        let average = ScheduledSlot.average(slots)
        let profile = IntensityProfile(zone, interpolation: .step)
        return SchedulePlan(
            zone: zone.zone, threshold: threshold, slots: slots, averageIntensity: average, energyKWh: job.energyKWh,
            co2eKg: job.co2eKg(atAverageIntensity: average),
            startNow: StartNow.of(job, seconds: duration, from: resolved.earliestStart, in: profile),
            earliestStart: resolved.earliestStart, latestEnd: resolved.latestEnd, gaps: resolved.gaps(of: zone))
    }
}
