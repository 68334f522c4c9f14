/// The job to place in time: how much energy it draws per hour and how long it runs.
package struct TimeShiftJob: Sendable, Equatable {
    /// Facility energy per hour of running, in kWh (IT power × PUE, already included).
    package var facilityKWhPerHour: Double
    /// How long the job runs, in hours (whole seconds after conversion).
    package var hours: Double

    /// A job drawing `facilityKWhPerHour` kWh per hour for `hours` hours.
    package init(facilityKWhPerHour: Double, hours: Double) {
        self.facilityKWhPerHour = facilityKWhPerHour
        self.hours = hours
    }

    /// The facility energy of the whole job, in kWh.
    package var energyKWh: Double { facilityKWhPerHour * hours }

    /// The emissions in kg CO2e of running the job at an average of `intensity` gCO2e/kWh.
    package func co2eKg(atAverageIntensity intensity: Double) -> Double { energyKWh * intensity / 1000 }

    /// The duration in whole seconds, after checking the job.
    ///
    /// - Throws: `TimeShiftError.invalidJob` unless the energy is finite and ≥ 0 and the
    ///   duration at least one second and at most 100 years.
    func durationSeconds() throws(TimeShiftError) -> Int64 {
        guard facilityKWhPerHour.isFinite, facilityKWhPerHour >= 0 else {
            throw .invalidJob("the job's energy per hour (\(facilityKWhPerHour) kWh) must be a finite number ≥ 0")
        }
        guard hours.isFinite, hours > 0, hours <= 876_000 else {
            throw .invalidJob("the job's duration (\(hours) h) must be a positive number of hours")
        }
        let seconds = (hours * 3600).rounded()
        guard seconds >= 1 else { throw .invalidJob("the job's duration (\(hours) h) is shorter than a second") }
        return Int64(seconds)
    }
}

/// How intensity varies within an interval of the series.
public enum Interpolation: String, Sendable, Equatable {
    /// Each value holds over its whole interval (the carbon-aware-sdk reading): a window's
    /// intensity is the time-weighted mean of the values it overlaps, partial intervals
    /// weighted by overlap.
    case step
    /// Values are point estimates at their timestamps joined by straight lines (the CATS
    /// reading): windows integrate the lines (trapezoids) and end at the last point.
    /// Adjacent points are joined only when the second starts where the first's interval ends.
    case linear
}

/// What to ask of a series: the job, where and when it may run.
///
/// ```swift
/// let query = try TimeShiftQuery(job: catalog.job(for: spec), zone: "GB")
/// let window = try series.bestWindow(for: query)
/// ```
public struct TimeShiftQuery: Sendable, Equatable {
    /// The job: its facility energy per hour and its hours.
    package var job: TimeShiftJob
    /// The zone to search; `nil` searches every zone of the series and picks the best.
    public var zone: String?
    /// The earliest start ("now"), in seconds since the Unix epoch; `nil` → the start of
    /// the data (of the earliest zone searched).
    public var earliestStart: Int64?
    /// The deadline for the end of the job; `nil` → the end of the data (of the latest zone).
    public var latestEnd: Int64?
    /// The spacing of candidate starts for `IntensitySeries.bestWindow(for:)`, in seconds; `nil` → the zone's
    /// step. Starts are `earliestStart + k × step`.
    public var candidateStepSeconds: Int64?
    /// How values vary within an interval, for `IntensitySeries.bestWindow(for:)` (the
    /// schedules always use `.step`).
    public var interpolation: Interpolation

    /// A query for one run of `job`: its hours at its facility energy per hour (a given
    /// energy spread evenly over the hours); every other option has a default.
    ///
    /// - Throws: `TimeShiftError.invalidJob` when the job has no duration.
    public init(
        job: Job, zone: String? = nil, earliestStart: Int64? = nil, latestEnd: Int64? = nil,
        candidateStepSeconds: Int64? = nil, interpolation: Interpolation = .step
    ) throws(TimeShiftError) {
        self.init(
            job: try TimeShiftJob(job: job), zone: zone, earliestStart: earliestStart, latestEnd: latestEnd,
            candidateStepSeconds: candidateStepSeconds, interpolation: interpolation)
    }

    /// A query for `job`; every other option has a default.
    package init(
        job: TimeShiftJob, zone: String? = nil, earliestStart: Int64? = nil, latestEnd: Int64? = nil,
        candidateStepSeconds: Int64? = nil, interpolation: Interpolation = .step
    ) {
        self.job = job
        self.zone = zone
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        self.candidateStepSeconds = candidateStepSeconds
        self.interpolation = interpolation
    }
}

/// A query checked against a series (internal): the zones to search, the range and the job
/// length.
struct ResolvedQuery {
    var zones: [ZoneSeries]
    var earliestStart: Int64
    var latestEnd: Int64
    var durationSeconds: Int64

    init(_ query: TimeShiftQuery, in series: IntensitySeries) throws(TimeShiftError) {
        durationSeconds = try query.job.durationSeconds()
        if let step = query.candidateStepSeconds, step <= 0 {
            throw .invalidQuery("the candidate step (\(step) s) must be positive")
        }
        if let name = query.zone {
            guard let zone = series.zone(name) else { throw .unknownZone(name, available: series.zoneNames) }
            zones = [zone]
        } else {
            zones = series.zones
        }
        earliestStart = query.earliestStart ?? zones.map(\.start).min() ?? 0
        latestEnd = query.latestEnd ?? zones.map(\.end).max() ?? 0
        guard latestEnd - earliestStart >= durationSeconds else {
            throw .deadlineTooSoon(earliestStart: earliestStart, latestEnd: latestEnd, jobSeconds: durationSeconds)
        }
    }

    /// The gaps of `zone` inside the range, including the parts of the range before its
    /// first reading or after its last.
    func gaps(of zone: ZoneSeries) -> [DataGap] {
        var gaps = zone.gaps(from: earliestStart, to: latestEnd)
        if earliestStart < zone.start {
            gaps.insert(DataGap(zone: zone.zone, start: earliestStart, end: min(zone.start, latestEnd), reason: .outsideData), at: 0)
        }
        if latestEnd > zone.end {
            gaps.append(DataGap(zone: zone.zone, start: max(zone.end, earliestStart), end: latestEnd, reason: .outsideData))
        }
        return gaps
    }
}
