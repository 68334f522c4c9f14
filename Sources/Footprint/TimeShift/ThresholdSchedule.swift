/// Plans a job that runs only while the grid's intensity is below a threshold, pausing
/// otherwise, from the earliest start until it has run for its duration.
///
/// The series' intervals are walked in time order (step semantics, clipped to the range);
/// the job runs through every interval whose intensity is strictly below the threshold and
/// stops part-way through the interval in which it completes. Missing data count as "not
/// below": the job pauses there.
public enum ThresholdSchedule {
    /// The threshold plan for `query` in `series`; with `query.zone == nil`, the zone that
    /// completes first (ties: lower mean intensity, then name).
    ///
    /// - Parameter threshold: run only while intensity < `threshold` gCO2e/kWh.
    /// - Throws: `TimeShiftError.invalidJob`, `.invalidQuery` (threshold not finite),
    ///   `.unknownZone`, `.deadlineTooSoon`; `.thresholdNotReached` (one zone) or
    ///   `.noZoneQualifies` (several) when the job cannot finish by the deadline or the
    ///   end of the data.
    /// - Complexity: O(n) in the intervals in range.
    public static func plan(_ query: TimeShiftQuery, threshold: Double, in series: IntensitySeries) throws(TimeShiftError) -> ThresholdResult {
        guard threshold.isFinite else { throw .invalidQuery("the threshold (\(threshold)) must be a finite number of g/kWh") }
        let resolved = try ResolvedQuery(query, in: series)
        if resolved.zones.count == 1 { return try plan(resolved.zones[0], query.job, threshold, resolved) }
        var best: ThresholdResult?
        var failures: [ZoneFailure] = []
        for zone in resolved.zones {
            do {
                let result = try plan(zone, query.job, threshold, resolved)
                if let current = best {
                    if result.completion < current.completion
                        || result.completion == current.completion && isClearlyLower(result.averageIntensity, than: current.averageIntensity) {
                        best = result
                    }
                } else {
                    best = result
                }
            } catch {
                failures.append(ZoneFailure(zone: zone.zone, error: error))
            }
        }
        guard let best else { throw .noZoneQualifies(failures) }
        return best
    }

    private static func plan(
        _ zone: ZoneSeries, _ job: TimeShiftJob, _ threshold: Double, _ resolved: ResolvedQuery
    ) throws(TimeShiftError) -> ThresholdResult {
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
        return ThresholdResult(
            zone: zone.zone, threshold: threshold, slots: slots, averageIntensity: average, energyKWh: job.energyKWh,
            co2eKg: job.co2eKg(atAverageIntensity: average),
            startNow: StartNow.of(job, seconds: duration, from: resolved.earliestStart, in: profile),
            earliestStart: resolved.earliestStart, latestEnd: resolved.latestEnd, gaps: resolved.gaps(of: zone))
    }
}

/// A threshold plan: when the job first runs, when it completes, and its mean intensity.
public struct ThresholdResult: Sendable, Equatable {
    /// The zone.
    public let zone: String
    /// The threshold, in gCO2e/kWh (the job runs while intensity is strictly below it).
    public let threshold: Double
    /// The intervals the job runs in, in time order (the last one possibly cut short); they
    /// add up to the job's duration.
    public let slots: [ScheduledSlot]
    /// The time-weighted mean intensity while running, in gCO2e/kWh.
    public let averageIntensity: Double
    /// The job's facility energy, in kWh.
    public let energyKWh: Double
    /// The job's emissions while running, in kg CO2e.
    public let co2eKg: Double
    /// Running in one piece from the earliest start, in the same zone; `nil` when data do
    /// not cover it.
    public let startNow: StartNow?
    /// The earliest start of the range.
    public let earliestStart: Int64
    /// The deadline for the end of the job.
    public let latestEnd: Int64
    /// Missing data inside the range.
    public let gaps: [DataGap]

    /// A plan; `ThresholdSchedule` builds these.
    public init(
        zone: String, threshold: Double, slots: [ScheduledSlot], averageIntensity: Double, energyKWh: Double,
        co2eKg: Double, startNow: StartNow?, earliestStart: Int64, latestEnd: Int64, gaps: [DataGap]
    ) {
        self.zone = zone
        self.threshold = threshold
        self.slots = slots
        self.averageIntensity = averageIntensity
        self.energyKWh = energyKWh
        self.co2eKg = co2eKg
        self.startNow = startNow
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        self.gaps = gaps
    }

    /// When the job first runs (the start of the first interval below the threshold).
    public var firstRunStart: Int64 { slots.first?.start ?? earliestStart }
    /// When the job has run for its whole duration.
    public var completion: Int64 { slots.last?.end ?? earliestStart }
    /// Time spent running, in seconds (the job's duration).
    public var runSeconds: Int64 { slots.reduce(0) { $0 + $1.durationSeconds } }
    /// Time spent paused between the first run and completion, in seconds.
    public var pausedSeconds: Int64 { completion - firstRunStart - runSeconds }
    /// Emissions avoided against starting now, in kg CO2e.
    public var savingKg: Double? { startNow?.savingKg(co2eKg) }
    /// Emissions avoided against starting now, in percent.
    public var savingPercent: Double? { startNow?.savingPercent(averageIntensity) }
}
