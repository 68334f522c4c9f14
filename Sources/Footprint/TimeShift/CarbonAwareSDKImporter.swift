/// Reads emissions data in the JSON shapes of the Green Software Foundation's
/// carbon-aware-sdk.
///
/// Accepted shapes (keys matched without regard to case):
/// - an array of records `{"location", "time", "rating", "duration"}` (the SDK's
///   `EmissionsData`, as in its JSON data source and `/emissions/bylocations`);
/// - an object whose `emissions` member is such an array (the SDK's JSON data-source file,
///   `{"Emissions": [...]}`, also with `GeneratedAt` as exported by bluehands);
/// - an array of forecasts `{"location", "forecastData": [{"location", "timestamp",
///   "duration", "value"}]}` (the SDK's `/emissions/forecasts/current`); their values are
///   marked `forecast`.
///
/// `time`/`timestamp` is ISO 8601 with an offset; `rating`/`value` is a number (or a numeric
/// string) in gCO2e/kWh, `null` meaning missing; `duration` is a .NET time span
/// (`"01:00"`, `"00:15:00"`, `"1.00:00:00"`) or a number of minutes, and may be absent.
package enum CarbonAwareSDKImporter {
    /// Parses carbon-aware-sdk JSON.
    ///
    /// - Parameters:
    ///   - name: the file name used in error messages.
    ///   - bytes: the file's contents.
    ///   - defaultZone: the zone of records without a location (the SDK's data-source files
    ///     for a single region often omit it).
    ///   - zeroMeansMissing: read a rating of exactly 0 as missing (feeds such as
    ///     Energy-Charts via bluehands fill "no forecast yet" with 0).
    ///   - timesWithoutOffsetAreUTC: read times without `Z` or an offset as UTC instead of
    ///     rejecting them (the SDK's sample file has such times).
    /// - Throws: `TimeShiftError.data` naming line and column of a bad record; the
    ///   `IntensitySeries` errors otherwise.
    package static func parse(
        name: String, bytes: [UInt8], defaultZone: String? = nil, zeroMeansMissing: Bool = false,
        timesWithoutOffsetAreUTC: Bool = false
    ) throws(TimeShiftError) -> IntensitySeries {
        let root = try JSONParser.parse(name: name, bytes: bytes)
        let records: [JSONNode]
        if let items = root.elements {
            records = items
        } else if let items = root.member("emissions")?.elements {
            records = items
        } else {
            throw ImportSupport.fault(name, root.line, root.column, "expected an array of emissions records or an object with an 'Emissions' array, found \(root.typeName)")
        }
        var readings: [IntensityReading] = []
        readings.reserveCapacity(records.count)
        let settings = Settings(name: name, defaultZone: defaultZone, zeroMeansMissing: zeroMeansMissing,
                                missingOffset: timesWithoutOffsetAreUTC ? .utc : .reject)
        for record in records {
            if let forecast = record.member("forecastData") {
                guard let points = forecast.elements else {
                    throw ImportSupport.fault(name, forecast.line, forecast.column, "'forecastData' should be an array, found \(forecast.typeName)")
                }
                let location = record.member("location")?.string
                for point in points {
                    readings.append(try reading(point, parentLocation: location, kind: .forecast, settings))
                }
            } else {
                readings.append(try reading(record, parentLocation: nil, kind: nil, settings))
            }
        }
        return try IntensitySeries(readings: readings, name: name)
    }

    private struct Settings {
        var name: String
        var defaultZone: String?
        var zeroMeansMissing: Bool
        var missingOffset: Timestamp.MissingOffset
    }

    private static func reading(
        _ record: JSONNode, parentLocation: String?, kind: ReadingKind?, _ settings: Settings
    ) throws(TimeShiftError) -> IntensityReading {
        let name = settings.name
        guard case .object = record.value else {
            throw ImportSupport.fault(name, record.line, record.column, "expected an emissions record (an object), found \(record.typeName)")
        }
        guard let timeNode = record.member("time", "timestamp") else {
            throw ImportSupport.fault(name, record.line, record.column, "the record has no 'Time'")
        }
        guard let timeText = timeNode.string, let start = Timestamp.parse(timeText, missingOffset: settings.missingOffset) else {
            throw ImportSupport.fault(name, timeNode.line, timeNode.column, "'Time' should be an ISO 8601 string with an offset, e.g. \"2021-10-25T14:50:00+00:00\"")
        }
        let location = record.member("location")?.string ?? parentLocation ?? settings.defaultZone
        guard let zone = location, !zone.isEmpty else {
            throw ImportSupport.fault(name, record.line, record.column, "the record has no 'Location'; give a default zone")
        }
        guard let ratingNode = record.member("rating", "value") else {
            throw ImportSupport.fault(name, record.line, record.column, "the record has no 'Rating'")
        }
        var intensity: Double?
        switch ratingNode.value {
        case .null: intensity = nil
        case .number(let value): intensity = value
        case .string(let text):
            guard let value = ImportSupport.number(text) else {
                throw ImportSupport.fault(name, ratingNode.line, ratingNode.column, "'Rating' \"\(text)\" is not a number")
            }
            intensity = value
        default:
            throw ImportSupport.fault(name, ratingNode.line, ratingNode.column, "'Rating' should be a number, found \(ratingNode.typeName)")
        }
        if let value = intensity, value < 0 {
            throw ImportSupport.fault(name, ratingNode.line, ratingNode.column, "'Rating' \(value) is negative")
        }
        if settings.zeroMeansMissing, intensity == 0 { intensity = nil }
        var duration: Int64?
        if let durationNode = record.member("duration"), !durationNode.isNull {
            switch durationNode.value {
            case .number(let minutes) where minutes > 0 && (minutes * 60).rounded() == minutes * 60 && minutes < 1e9:
                duration = Int64(minutes * 60)
            case .string(let text):
                duration = timeSpanSeconds(text)
            default:
                duration = nil
            }
            guard let seconds = duration, seconds > 0 else {
                throw ImportSupport.fault(name, durationNode.line, durationNode.column, "'Duration' should be a positive time span such as \"01:00\" or \"00:15:00\", or minutes")
            }
        }
        return IntensityReading(zone: zone, start: start, intensity: intensity, durationSeconds: duration, kind: kind, line: record.line)
    }

    /// Seconds of a .NET time span `[d.]hh:mm[:ss[.fffffff]]`; `nil` when malformed.
    static func timeSpanSeconds(_ text: String) -> Int64? {
        var body = Substring(text.trimmingWhitespace())
        var days: Int64 = 0
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        if let dot = parts[0].firstIndex(of: ".") {
            guard let d = Int64(parts[0][..<dot]), d >= 0 else { return nil }
            days = d
            body = parts[0][parts[0].index(after: dot)...]
        } else {
            body = parts[0]
        }
        guard let hours = Int64(body), (0...23).contains(hours) || days == 0 && hours >= 0,
              let minutes = Int64(parts[1]), (0...59).contains(minutes) else { return nil }
        var seconds: Int64 = 0
        if parts.count == 3 {
            let secondsText = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let s = Int64(secondsText[0]), (0...59).contains(s) else { return nil }
            if secondsText.count == 2, !secondsText[1].allSatisfy({ $0 == "0" }) || secondsText[1].isEmpty { return nil }
            seconds = s
        }
        return days * 86_400 + hours * 3600 + minutes * 60 + seconds
    }
}
