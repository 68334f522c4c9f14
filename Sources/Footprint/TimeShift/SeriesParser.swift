/// Reads the canonical intensity-series CSV (format version 1) and the common CSV shapes
/// around it.
///
/// ## Format, version 1
///
/// A UTF-8 CSV file (RFC 4180; a byte-order mark and CRLF line ends are accepted) with a
/// header row. Column names are matched without regard to case; other columns are ignored.
///
/// | column | required | meaning |
/// | --- | --- | --- |
/// | `timestamp` (or `time`, `datetime`, `from`) | yes | start of the interval, ISO 8601 with `Z` or an offset (`2024-06-03T10:00:00Z`, `2024-03-31T03:00+02:00`); seconds and fractions optional; without an offset only with a time zone given |
/// | `zone` | when the file has several zones | grid zone or location id, not empty; without the column every row is in one zone (named by the caller, else `series`) |
/// | `intensity_g_per_kwh` | yes (or `gco2_per_kwh`, `intensity`, `carbon_intensity`; or `actual` and/or `forecast`, the actual value used where given) | gCO2e/kWh, a finite number ≥ 0; an empty cell means missing |
/// | `duration_minutes` | no | length of the interval; else `to` (or `end`, the interval's end); else the zone's most common step |
/// | `kind` | no | `actual` or `forecast` (empty → unknown) |
///
/// ```
/// timestamp,zone,intensity_g_per_kwh,kind
/// 2024-06-03T00:00:00Z,DK1,182.5,actual
/// 2024-06-03T01:00:00Z,DK1,,actual
/// ```
///
/// The CATS sample (`time,deltaseconds,unix,intensity`) and a National Grid Carbon
/// Intensity table (`from,to,forecast,actual,index`) read as they are. Each value holds
/// from its timestamp until the end of its interval; rows may come in any order and zones
/// may be mixed. The series rules are those of `IntensitySeries`.
package enum SeriesParser {
    /// The format version this parser reads.
    package static let formatVersion = 1

    /// The accepted names of the time column, in order of preference.
    package static let timeColumns = ["timestamp", "time", "datetime", "from"]
    /// The accepted names of the intensity column (at most one may be present).
    package static let intensityColumns = ["intensity_g_per_kwh", "gco2_per_kwh", "intensity", "carbon_intensity"]
    /// The zone of a series without a zone column, unless the caller names it.
    package static let singleZoneName = "series"

    /// Parses a series file.
    ///
    /// - Parameters:
    ///   - name: the file name used in error messages.
    ///   - bytes: the file's contents.
    ///   - zone: the zone of a file without a zone column (default `series`).
    ///   - timezone: how to read timestamps without an offset (refused without it).
    /// - Throws: `TimeShiftError.data` naming file, line and column for a missing column,
    ///   a bad timestamp, number, duration or kind; the `IntensitySeries` errors otherwise.
    package static func parse(name: String, bytes: [UInt8], zone: String? = nil, timezone: TimeZoneRule? = nil) throws(TimeShiftError) -> IntensitySeries {
        try IntensitySeries(readings: readings(name: name, bytes: bytes, zone: zone, timezone: timezone), name: name)
    }

    /// Parses a series held as text.
    package static func parse(name: String, text: String) throws(TimeShiftError) -> IntensitySeries {
        try parse(name: name, bytes: Array(text.utf8))
    }

    /// The readings of a series file, unchecked across rows (to merge several files into
    /// one `IntensitySeries`); `zone` and `timezone` as for `parse`.
    package static func readings(name: String, bytes: [UInt8], zone: String? = nil, timezone: TimeZoneRule? = nil) throws(TimeShiftError) -> [IntensityReading] {
        let table = try ImportSupport.table(name: name, bytes: bytes)
        let header = table.header
        let lowered = header.map { $0.trimmingWhitespace().lowercased() }
        for (k, column) in lowered.enumerated() where !column.isEmpty && lowered[..<k].contains(column) {
            throw ImportSupport.fault(name, 1, k + 1, "column '\(header[k])' appears twice")
        }
        guard let timeColumn = timeColumns.lazy.compactMap({ lowered.firstIndex(of: $0) }).first else {
            throw ImportSupport.fault(name, 1, nil, "no time column (timestamp, time, datetime or from; the format needs a time and an intensity)")
        }
        let zoneColumn = ImportSupport.column(header, ["zone"])
        let intensityMatches = header.indices.filter { intensityColumns.contains(lowered[$0]) }
        let actualColumn = lowered.firstIndex(of: "actual"), forecastColumn = lowered.firstIndex(of: "forecast")
        guard let valueColumn = intensityMatches.first ?? actualColumn ?? forecastColumn else {
            throw ImportSupport.fault(name, 1, nil, "no intensity column (\(intensityColumns.joined(separator: ", ")), or actual and forecast)")
        }
        if intensityMatches.count > 1 {
            throw ImportSupport.fault(name, 1, intensityMatches[1] + 1, "both '\(header[intensityMatches[0]])' and '\(header[intensityMatches[1]])' are present; keep one")
        }
        // With actual and forecast columns, the forecast fills the rows without an actual value.
        let fallbackColumn = intensityMatches.isEmpty && valueColumn == actualColumn ? forecastColumn : nil
        let durationColumn = ImportSupport.column(header, ["duration_minutes"])
        let endColumn = durationColumn == nil ? ImportSupport.column(header, ["to", "end"]) : nil
        let kindColumn = ImportSupport.column(header, ["kind"])
        let missingOffset = timezone.map(Timestamp.MissingOffset.zone) ?? .reject
        let timeForm = "ISO 8601 with Z or an offset (e.g. 2024-06-03T10:00:00Z)"

        let columns = ImportSupport.ReadingColumns(
            time: timeColumn, timeLabel: header[timeColumn], timeForm: timeForm,
            missingOffset: missingOffset, zone: zoneColumn ?? -1, zoneLabel: "the zone", value: valueColumn, valueLabel: header[valueColumn],
            valueHint: " (leave the cell empty for a missing value)", decimalComma: false, singleZone: zone ?? singleZoneName)
        var readings: [IntensityReading] = []
        readings.reserveCapacity(table.rows.count)
        for row in table.rows {
            var (start, zone, intensity) = try ImportSupport.reading(row, columns, file: name)
            var kind: ReadingKind? = actualColumn == nil ? nil : .actual
            if intensity == nil, let fallbackColumn {
                let text = ImportSupport.cell(row, fallbackColumn)
                if !text.isEmpty {
                    guard let value = ImportSupport.number(text), value >= 0 else {
                        throw ImportSupport.fault(name, row.line, fallbackColumn + 1, "\(header[fallbackColumn]) '\(text)' is not a number ≥ 0")
                    }
                    (intensity, kind) = (value, .forecast)
                }
            } else if valueColumn == forecastColumn {
                kind = .forecast
            }
            var duration: Int64?
            if let durationColumn {
                let durationText = ImportSupport.cell(row, durationColumn)
                if !durationText.isEmpty {
                    guard let minutes = ImportSupport.number(durationText), minutes > 0, minutes < 1e9,
                          (minutes * 60).rounded() == minutes * 60 else {
                        throw ImportSupport.fault(name, row.line, durationColumn + 1, "duration_minutes '\(durationText)' is not a positive number of minutes (whole seconds)")
                    }
                    duration = Int64(minutes * 60)
                }
            }
            if let endColumn {
                let text = ImportSupport.cell(row, endColumn)
                if !text.isEmpty {
                    guard let end = Timestamp.parse(text, missingOffset: missingOffset), end > start else {
                        let message = missingOffset == .reject && Timestamp.lacksOffset(text)
                            ? ImportSupport.noOffset(text) : "\(header[endColumn]) '\(text)' is not a time after the start, \(timeForm)"
                        throw ImportSupport.fault(name, row.line, endColumn + 1, message)
                    }
                    duration = end - start
                }
            }
            if let kindColumn {
                let kindText = ImportSupport.cell(row, kindColumn).lowercased()
                if !kindText.isEmpty {
                    guard let parsed = ReadingKind(rawValue: kindText) else {
                        throw ImportSupport.fault(name, row.line, kindColumn + 1, "kind '\(kindText)' is neither 'actual' nor 'forecast'")
                    }
                    kind = parsed
                }
            }
            readings.append(IntensityReading(zone: zone, start: start, intensity: intensity, durationSeconds: duration, kind: kind, line: row.line))
        }
        return readings
    }
}
