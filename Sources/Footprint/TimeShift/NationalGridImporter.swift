/// Reads a National Grid ESO Carbon Intensity API response (`api.carbonintensity.org.uk`,
/// `/intensity/...`) as saved: `{"data": [{"from", "to", "intensity": {"forecast",
/// "actual", "index"}}]}`. Each record holds from `from` to `to`; its value is the actual
/// intensity where given, else the forecast (and its kind says which). The series has one
/// zone, named by the caller (default `GB`, the API's national figures).
package enum NationalGridImporter {
    /// The zone of the series unless the caller names one.
    package static let defaultZone = "GB"

    /// Whether `bytes` look like such a response: JSON with `data` records holding
    /// `from` and an `intensity` object.
    package static func recognizes(_ bytes: [UInt8]) -> Bool {
        guard ImportSupport.looksLikeJSON(bytes), let root = try? JSONParser.parse(name: "", bytes: bytes),
              let first = root.member("data")?.elements?.first else { return false }
        if case .object = first.member("intensity")?.value { return first.member("from") != nil }
        return false
    }

    /// Parses a response.
    ///
    /// - Throws: `TimeShiftError.data` naming the line and column of a record without
    ///   `from`, `to` or a number.
    package static func parse(name: String, bytes: [UInt8], zone: String? = nil) throws(TimeShiftError) -> IntensitySeries {
        let root = try JSONParser.parse(name: name, bytes: bytes)
        guard let records = root.member("data")?.elements else {
            throw ImportSupport.fault(name, root.line, root.column, "expected {\"data\": [...]} as the Carbon Intensity API returns it")
        }
        var readings: [IntensityReading] = []
        readings.reserveCapacity(records.count)
        for record in records {
            let start = try time(record, "from", name), end = try time(record, "to", name)
            guard end > start else { throw ImportSupport.fault(name, record.line, record.column, "'to' is not after 'from'") }
            guard let intensity = record.member("intensity") else {
                throw ImportSupport.fault(name, record.line, record.column, "the record has no 'intensity'")
            }
            let actual = try number(intensity.member("actual"), name), forecast = try number(intensity.member("forecast"), name)
            readings.append(IntensityReading(
                zone: zone ?? defaultZone, start: start, intensity: actual ?? forecast, durationSeconds: end - start,
                kind: actual != nil ? .actual : forecast != nil ? .forecast : nil, line: record.line))
        }
        return try IntensitySeries(readings: readings, name: name)
    }

    /// The time in `key` of `record`, which must carry `Z` or an offset.
    private static func time(_ record: JSONNode, _ key: String, _ name: String) throws(TimeShiftError) -> Int64 {
        guard let node = record.member(key) else { throw ImportSupport.fault(name, record.line, record.column, "the record has no '\(key)'") }
        guard let text = node.string, let seconds = Timestamp.parse(text) else {
            throw ImportSupport.fault(name, node.line, node.column, "'\(key)' should be an ISO 8601 string with Z or an offset, e.g. \"2023-12-03T10:30Z\"")
        }
        return seconds
    }

    /// The number of `node`; nil when absent or null.
    private static func number(_ node: JSONNode?, _ name: String) throws(TimeShiftError) -> Double? {
        guard let node, !node.isNull else { return nil }
        guard case let .number(value) = node.value, value >= 0 else {
            throw ImportSupport.fault(name, node.line, node.column, "an intensity should be a number ≥ 0 or null, found \(node.typeName)")
        }
        return value
    }
}
