/// The best contiguous window for a job in one zone (or across zones), with the start-now
/// reference and the saving.
public struct WindowResult: Sendable, Equatable {
    /// The zone of the best window.
    public let zone: String
    /// The best start, in seconds since the Unix epoch.
    public let start: Int64
    /// The best window's end (`start` + the job's duration).
    public let end: Int64
    /// The mean intensity over the best window, in gCO2e/kWh.
    public let averageIntensity: Double
    /// The job's facility energy, in kWh.
    public let energyKWh: Double
    /// The job's emissions in the best window, in kg CO2e.
    public let co2eKg: Double
    /// Starting at the earliest start in the same zone; `nil` when data do not cover that
    /// window.
    package let startNow: StartNow?
    /// How many candidate windows were fully covered by data and compared (over every zone
    /// searched, for a search across zones).
    public let candidateWindows: Int
    /// The earliest start of the search range.
    public let earliestStart: Int64
    /// The deadline for the end of the job.
    public let latestEnd: Int64
    /// Missing data inside the range, in the zones searched.
    public let gaps: [DataGap]

    /// A result; `WindowSearch` builds these.
    package init(
        zone: String, start: Int64, end: Int64, averageIntensity: Double, energyKWh: Double, co2eKg: Double,
        startNow: StartNow?, candidateWindows: Int, earliestStart: Int64, latestEnd: Int64, gaps: [DataGap]
    ) {
        self.zone = zone
        self.start = start
        self.end = end
        self.averageIntensity = averageIntensity
        self.energyKWh = energyKWh
        self.co2eKg = co2eKg
        self.startNow = startNow
        self.candidateWindows = candidateWindows
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        self.gaps = gaps
    }

    /// Emissions avoided by waiting, in kg CO2e (`startNow.co2eKg − co2eKg`).
    public var savingKg: Double? { startNow?.savingKg(co2eKg) }
    /// Emissions avoided by waiting, in percent of starting now.
    public var savingPercent: Double? { startNow?.savingPercent(averageIntensity) }
    /// How long the job waits, in seconds.
    public var delaySeconds: Int64 { start - earliestStart }
}

/// The best window of each zone, best first, and the zones that have none.
public struct ZoneRanking: Sendable, Equatable {
    /// One result per zone with a complete window, by mean intensity, then start, then zone.
    public let results: [WindowResult]
    /// The zones without a complete window, and why.
    public let unavailable: [ZoneFailure]

    /// A ranking.
    public init(results: [WindowResult], unavailable: [ZoneFailure]) {
        self.results = results
        self.unavailable = unavailable
    }
}
