/// A plan that runs a job in slots rather than in one piece: pause-and-resume in the
/// cleanest slots (`InterruptibleSchedule`), or only while the intensity is below a
/// threshold (`ThresholdSchedule`), with the saving against starting now.
package struct SchedulePlan: Sendable, Equatable {
    /// The zone.
    public let zone: String
    /// The threshold in gCO2e/kWh for a threshold plan (the job runs while intensity is
    /// strictly below it); nil for a pause-and-resume plan.
    public let threshold: Double?
    /// The intervals to run in, in time order (a threshold plan's last one possibly cut
    /// short); they add up to the job's duration.
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

    /// A plan; `InterruptibleSchedule` and `ThresholdSchedule` build these.
    public init(
        zone: String, threshold: Double?, slots: [ScheduledSlot], averageIntensity: Double, energyKWh: Double,
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

    /// The start times of the slots.
    public var slotStarts: [Int64] { slots.map(\.start) }
    /// When the job first runs (for a threshold plan, the start of the first interval below it).
    public var firstRunStart: Int64 { slots.first?.start ?? earliestStart }
    /// When the job has run for its whole duration: the end of the last slot.
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

extension SchedulePlan {
    /// The best of the plans `plan` makes for each of `zones` by `isBetter` (the earlier zone
    /// wins ties, and zones are in name order).
    ///
    /// - Throws: `.noZoneQualifies` with every zone's failure when no zone has a plan.
    static func best(
        among zones: [ZoneSeries], plan: (ZoneSeries) throws(TimeShiftError) -> SchedulePlan,
        isBetter: (SchedulePlan, SchedulePlan) -> Bool
    ) throws(TimeShiftError) -> SchedulePlan {
        var best: SchedulePlan?
        var failures: [ZoneFailure] = []
        for zone in zones {
            do throws(TimeShiftError) {
                let result = try plan(zone)
                if let current = best, !isBetter(result, current) { continue }
                best = result
            } catch {
                failures.append(ZoneFailure(zone: zone.zone, error: error))
            }
        }
        guard let best else { throw .noZoneQualifies(failures) }
        return best
    }
}
