/// Plans a job that can pause and resume: the cheapest intervals of the series that add up
/// to the job's duration between the earliest start and the deadline.
///
/// Intervals are the series' own (step semantics; `interpolation` and the candidate step of
/// the query are not used), clipped to the range. They are taken by intensity, lowest first
/// (ties: earlier first); the last one taken is used only for the time still needed, from
/// its start. Gaps are never used.
public enum InterruptibleSchedule {
    /// The cheapest pause-and-resume plan for `query` in `series`; with `query.zone == nil`,
    /// the zone whose plan has the lowest mean intensity (ties: earlier completion, then name).
    ///
    /// - Throws: `TimeShiftError.invalidJob`, `.unknownZone`, `.deadlineTooSoon`;
    ///   `.notEnoughData` (one zone) or `.noZoneQualifies` (several) when the data in range
    ///   add up to less than the job.
    /// - Complexity: O(n log n) in the intervals in range.
    public static func plan(_ query: TimeShiftQuery, in series: IntensitySeries) throws(TimeShiftError) -> InterruptibleResult {
        let resolved = try ResolvedQuery(query, in: series)
        if resolved.zones.count == 1 { return try plan(resolved.zones[0], query.job, resolved) }
        var best: InterruptibleResult?
        var failures: [ZoneFailure] = []
        for zone in resolved.zones {
            do {
                let result = try plan(zone, query.job, resolved)
                if let current = best {
                    if isClearlyLower(result.averageIntensity, than: current.averageIntensity)
                        || !isClearlyLower(current.averageIntensity, than: result.averageIntensity) && result.completion < current.completion {
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

    private static func plan(_ zone: ZoneSeries, _ job: TimeShiftJob, _ resolved: ResolvedQuery) throws(TimeShiftError) -> InterruptibleResult {
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
        return InterruptibleResult(
            zone: zone.zone, slots: chosen, averageIntensity: average, energyKWh: job.energyKWh,
            co2eKg: job.co2eKg(atAverageIntensity: average),
            startNow: StartNow.of(job, seconds: duration, from: resolved.earliestStart, in: profile),
            earliestStart: resolved.earliestStart, latestEnd: resolved.latestEnd, gaps: resolved.gaps(of: zone))
    }
}

/// A pause-and-resume plan: the slots to run in, and the saving against starting now.
public struct InterruptibleResult: Sendable, Equatable {
    /// The zone.
    public let zone: String
    /// The slots to run in, in time order; they add up to the job's duration.
    public let slots: [ScheduledSlot]
    /// The time-weighted mean intensity over the slots, in gCO2e/kWh.
    public let averageIntensity: Double
    /// The job's facility energy, in kWh.
    public let energyKWh: Double
    /// The job's emissions over the slots, in kg CO2e.
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

    /// A plan; `InterruptibleSchedule` builds these.
    public init(
        zone: String, slots: [ScheduledSlot], averageIntensity: Double, energyKWh: Double, co2eKg: Double,
        startNow: StartNow?, earliestStart: Int64, latestEnd: Int64, gaps: [DataGap]
    ) {
        self.zone = zone
        self.slots = slots
        self.averageIntensity = averageIntensity
        self.energyKWh = energyKWh
        self.co2eKg = co2eKg
        self.startNow = startNow
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        self.gaps = gaps
    }

    /// The start times of the slots.
    public var slotStarts: [Int64] { slots.map(\.start) }
    /// When the job first runs.
    public var firstStart: Int64 { slots.first?.start ?? earliestStart }
    /// When the job finishes: the end of the last slot.
    public var completion: Int64 { slots.last?.end ?? earliestStart }
    /// Emissions avoided against starting now, in kg CO2e.
    public var savingKg: Double? { startNow?.savingKg(co2eKg) }
    /// Emissions avoided against starting now, in percent.
    public var savingPercent: Double? { startNow?.savingPercent(averageIntensity) }
}
