/// The reference the savings are measured against: the job run without waiting, in one
/// piece from the earliest start, in the same zone.
package struct StartNow: Sendable, Equatable {
    /// The earliest start, in seconds since the Unix epoch.
    public let start: Int64
    /// `start` plus the job's duration.
    public let end: Int64
    /// The mean intensity over `[start, end)`, in gCO2e/kWh.
    public let averageIntensity: Double
    /// The job's emissions when started now, in kg CO2e.
    public let co2eKg: Double

    /// A start-now reference.
    public init(start: Int64, end: Int64, averageIntensity: Double, co2eKg: Double) {
        self.start = start
        self.end = end
        self.averageIntensity = averageIntensity
        self.co2eKg = co2eKg
    }

    /// The start-now reference of `job` in `zone`, or `nil` when the data do not cover the
    /// job's duration from `start` without a gap (step semantics).
    static func of(_ job: TimeShiftJob, seconds: Int64, from start: Int64, in profile: IntensityProfile) -> StartNow? {
        guard let average = profile.average(from: start, to: start + seconds) else { return nil }
        return StartNow(start: start, end: start + seconds, averageIntensity: average, co2eKg: job.co2eKg(atAverageIntensity: average))
    }

    /// `reference − emissions`, in kg CO2e (positive when waiting helps).
    func savingKg(_ co2eKg: Double) -> Double { self.co2eKg - co2eKg }

    /// `100 × (1 − average / reference average)`, or `nil` when the reference is 0.
    func savingPercent(_ averageIntensity: Double) -> Double? {
        self.averageIntensity > 0 ? 100 * (1 - averageIntensity / self.averageIntensity) : nil
    }
}

/// Averages equal within this relative tolerance are ties (resolved by the earlier start).
let timeShiftTieTolerance = 1e-9

/// Whether `a` is lower than `b` by more than the tie tolerance.
func isClearlyLower(_ a: Double, than b: Double) -> Bool {
    a < b - timeShiftTieTolerance * max(1, abs(b))
}
