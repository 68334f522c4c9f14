/// Why a time-shifting question cannot be answered.
///
/// Faults in an input file come as `.data`, located by file, line and (where one field is
/// at fault) column; the other cases describe the series, the job or the time range.
public enum TimeShiftError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A fault in an input file, at `file:line[:column]`.
    case data(DataError)
    /// Readings that cannot form a series (built in code, so there is no file to name).
    case invalidSeries(String)
    /// The input (named) holds no readings.
    case emptySeries(String)
    /// The job's energy or duration is not a positive, finite number.
    case invalidJob(String)
    /// A query option is out of range (for example a non-positive candidate step).
    case invalidQuery(String)
    /// The zone asked for is not in the series.
    case unknownZone(String, available: [String])
    /// The time from the earliest start to the deadline is shorter than the job.
    case deadlineTooSoon(earliestStart: Int64, latestEnd: Int64, jobSeconds: Int64)
    /// No window of the job's length is fully covered by data in the range.
    case noCompleteWindow(zone: String, earliestStart: Int64, latestEnd: Int64, gaps: [DataGap])
    /// The data in the range add up to less than the job's duration.
    case notEnoughData(zone: String, availableSeconds: Int64, neededSeconds: Int64)
    /// The intensity is below the threshold for less than the job's duration in the range.
    case thresholdNotReached(zone: String, threshold: Double, runSeconds: Int64, neededSeconds: Int64)
    /// Several zones were searched and none can run the job; one failure per zone.
    case noZoneQualifies([ZoneFailure])

    /// A one-line (or, for several zones, one line per zone) explanation.
    public var description: String {
        switch self {
        case .data(let error):
            return error.description
        case .invalidSeries(let message), .invalidJob(let message), .invalidQuery(let message):
            return message
        case .emptySeries(let name):
            return "\(name): no intensity readings"
        case .unknownZone(let zone, let available):
            let list = available.count <= 12 ? available.joined(separator: ", ")
                : available.prefix(12).joined(separator: ", ") + ", … (\(available.count) zones)"
            return "unknown zone '\(zone)'; the series has: \(list)"
        case .deadlineTooSoon(let earliest, let latest, let job):
            let room = latest - earliest
            return "the job takes \(Timestamp.describe(seconds: job)) but only \(Timestamp.describe(seconds: max(0, room))) lie between "
                + "the earliest start \(Timestamp.iso8601(earliest)) and the deadline \(Timestamp.iso8601(latest))"
        case .noCompleteWindow(let zone, let earliest, let latest, let gaps):
            var text = "\(zone): no window between \(Timestamp.iso8601(earliest)) and \(Timestamp.iso8601(latest)) is fully covered by data"
            if !gaps.isEmpty {
                text += "; missing: " + gaps.map { "\(Timestamp.iso8601($0.start)) – \(Timestamp.iso8601($0.end))" }.joined(separator: ", ")
            }
            return text
        case .notEnoughData(let zone, let available, let needed):
            return "\(zone): the data in range cover \(Timestamp.describe(seconds: available)), less than the job's \(Timestamp.describe(seconds: needed))"
        case .thresholdNotReached(let zone, let threshold, let run, let needed):
            return "\(zone): intensity is below \(threshold) g/kWh for only \(Timestamp.describe(seconds: run)) in range; the job needs \(Timestamp.describe(seconds: needed))"
        case .noZoneQualifies(let failures):
            return "no zone can run the job:\n" + failures.map { "  \($0.error.description)" }.joined(separator: "\n")
        }
    }
}

/// One zone that could not answer a multi-zone question, and why.
public struct ZoneFailure: Sendable, Equatable {
    /// The zone.
    public let zone: String
    /// Why it could not answer.
    public let error: TimeShiftError

    /// A failure of `zone`.
    public init(zone: String, error: TimeShiftError) {
        self.zone = zone
        self.error = error
    }
}
