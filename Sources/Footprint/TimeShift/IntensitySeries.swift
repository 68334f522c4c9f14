/// Carbon-intensity data for one or more zones, checked and sorted, ready for the
/// time-shifting searches (`bestWindow(for:)`, `bestWindowPerZone(for:)` and the schedules).
///
/// Each value holds from its timestamp for its duration: an explicit one, else the zone's
/// most common step between timestamps (a zone with one reading borrows the most common
/// step of the whole series). Rules:
/// - Two readings of one zone at the same time are an error, except that a measured value
///   (`actual`) replaces a `forecast` one, and a value replaces a missing one.
/// - Intervals must not overlap; a later timestamp than the previous end is a gap
///   (`DataGap.Reason.missingRows`), an empty value is a gap (`.missingValue`).
/// - Intensities must be finite and not negative; durations positive.
///
/// Nothing is interpolated: gaps are reported and no answer uses them.
public struct IntensitySeries: Sendable, Equatable {
    /// The name of the input (a file name), used in messages.
    public let name: String
    /// The zones, sorted by name.
    package let zones: [ZoneSeries]

    /// Builds a series from `readings` in any order.
    ///
    /// - Parameters:
    ///   - readings: the readings of every zone, in any order.
    ///   - name: the input's name for messages (a file name when readings carry
    ///     lines, which then appear as `name:line`).
    /// - Throws: `TimeShiftError.emptySeries` without readings; `.data` (when the reading
    ///   has a line) or `.invalidSeries` for a bad value, a duplicate timestamp, overlapping
    ///   intervals, or a step that cannot be inferred.
    /// - Complexity: O(n log n) in the number of readings.
    public init(readings: [IntensityReading], name: String = "series") throws(TimeShiftError) {
        guard !readings.isEmpty else { throw .emptySeries(name) }
        func fault(_ reading: IntensityReading, _ message: String) -> TimeShiftError {
            if let line = reading.line { return .data(DataError(file: name, line: line, message: message)) }
            return .invalidSeries("\(name): \(message)")
        }
        var byZone: [String: [IntensityReading]] = [:]
        for reading in readings {
            if reading.zone.isEmpty { throw fault(reading, "the zone is empty") }
            if let value = reading.intensity, !(value.isFinite && value >= 0) {
                throw fault(reading, "intensity \(value) is not a finite, non-negative number")
            }
            if let duration = reading.durationSeconds, duration <= 0 {
                throw fault(reading, "duration \(duration) s is not positive")
            }
            byZone[reading.zone, default: []].append(reading)
        }

        // Sort each zone by time and resolve readings at the same time.
        var sortedZones: [(String, [IntensityReading])] = []
        var allDifferences: [Int64] = []
        for zone in byZone.keys.sorted() {
            let sorted = byZone[zone]!.enumerated().sorted {
                $0.element.start != $1.element.start ? $0.element.start < $1.element.start : $0.offset < $1.offset
            }.map(\.element)
            var unique: [IntensityReading] = []
            unique.reserveCapacity(sorted.count)
            for reading in sorted {
                guard let kept = unique.last, kept.start == reading.start else {
                    unique.append(reading)
                    continue
                }
                if kept.intensity == nil, reading.intensity != nil {
                    unique[unique.count - 1] = reading
                } else if reading.intensity == nil, kept.intensity != nil {
                    continue
                } else if kept.kind == .forecast, reading.kind == .actual {
                    unique[unique.count - 1] = reading
                } else if kept.kind == .actual, reading.kind == .forecast {
                    continue
                } else {
                    let other = kept.line.map { " (also on line \($0))" } ?? ""
                    throw fault(reading, "zone \(zone) has two readings at \(Timestamp.iso8601(reading.start))\(other)")
                }
            }
            for k in unique.indices.dropFirst() { allDifferences.append(unique[k].start - unique[k - 1].start) }
            sortedZones.append((zone, unique))
        }
        let seriesStep = Self.mostCommon(allDifferences)

        var zones: [ZoneSeries] = []
        zones.reserveCapacity(sortedZones.count)
        for (zone, readings) in sortedZones {
            var differences: [Int64] = []
            differences.reserveCapacity(readings.count)
            for k in readings.indices.dropFirst() { differences.append(readings[k].start - readings[k - 1].start) }
            let inferred = Self.mostCommon(differences) ?? seriesStep
            var points: [IntensityPoint] = []
            points.reserveCapacity(readings.count)
            for (k, reading) in readings.enumerated() {
                guard let duration = reading.durationSeconds ?? inferred else {
                    throw fault(reading, "cannot tell how long the value of zone \(zone) at \(Timestamp.iso8601(reading.start)) lasts: "
                        + "give a duration, or more than one timestamp")
                }
                let point = IntensityPoint(start: reading.start, durationSeconds: duration, intensity: reading.intensity, kind: reading.kind)
                if k > 0, points[k - 1].end > point.start {
                    let previous = readings[k - 1]
                    let on = previous.line.map { " (line \($0))" } ?? ""
                    throw fault(reading, "zone \(zone): the interval from \(Timestamp.iso8601(previous.start))\(on) lasts until "
                        + "\(Timestamp.iso8601(points[k - 1].end)), past this reading at \(Timestamp.iso8601(point.start)); "
                        + "give duration_minutes or a regular step")
                }
                points.append(point)
            }
            let step = Self.mostCommon(points.map(\.durationSeconds)) ?? points[0].durationSeconds
            zones.append(ZoneSeries(zone: zone, points: points, stepSeconds: step))
        }
        self.name = name
        self.zones = zones
    }

    /// The zone names, sorted.
    public var zoneNames: [String] { zones.map(\.zone) }

    /// The data of `zone`, or `nil` when the series has no such zone.
    package func zone(_ zone: String) -> ZoneSeries? {
        var low = 0, high = zones.count
        while low < high {
            let mid = (low + high) / 2
            if zones[mid].zone < zone { low = mid + 1 } else { high = mid }
        }
        return low < zones.count && zones[low].zone == zone ? zones[low] : nil
    }

    /// Every gap of every zone, by zone then time.
    public var gaps: [DataGap] { zones.flatMap(\.gaps) }

    /// The most frequent value; ties go to the smaller value. `nil` when empty.
    static func mostCommon(_ values: [Int64]) -> Int64? {
        guard !values.isEmpty else { return nil }
        var counts: [Int64: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
