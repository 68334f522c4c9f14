/// Reads the canonical intensity-series CSV (format version 1).
///
/// ## Format, version 1
///
/// A UTF-8 CSV file (RFC 4180; a byte-order mark and CRLF line ends are accepted) with a
/// header row. Column names are matched without regard to case; other columns are ignored.
///
/// | column | required | meaning |
/// | --- | --- | --- |
/// | `timestamp` | yes | start of the interval, ISO 8601 with `Z` or an offset (`2024-06-03T10:00:00Z`, `2024-03-31T03:00+02:00`); seconds and fractions optional |
/// | `zone` | yes | grid zone or location id, not empty |
/// | `intensity_g_per_kwh` | yes (or its alias `gco2_per_kwh`) | gCO2e/kWh, a finite number ≥ 0; an empty cell means missing |
/// | `duration_minutes` | no | length of the interval; empty or absent → the zone's most common step |
/// | `kind` | no | `actual` or `forecast` (empty → unknown) |
///
/// ```
/// timestamp,zone,intensity_g_per_kwh,kind
/// 2024-06-03T00:00:00Z,DK1,182.5,actual
/// 2024-06-03T01:00:00Z,DK1,,actual
/// ```
///
/// Each value holds from its timestamp until the end of its interval; rows may come in any
/// order and zones may be mixed. The series rules are those of `IntensitySeries`.
public enum SeriesParser {
    /// The format version this parser reads.
    public static let formatVersion = 1

    /// The accepted names of the intensity column.
    public static let intensityColumns = ["intensity_g_per_kwh", "gco2_per_kwh"]

    /// Parses a canonical series file.
    ///
    /// - Parameter name: the file name used in error messages.
    /// - Throws: `TimeShiftError.data` naming file, line and column for a missing column,
    ///   a bad timestamp, number, duration or kind; the `IntensitySeries` errors otherwise.
    public static func parse(name: String, bytes: [UInt8]) throws(TimeShiftError) -> IntensitySeries {
        try IntensitySeries(readings: readings(name: name, bytes: bytes), name: name)
    }

    /// Parses a canonical series held as text.
    public static func parse(name: String, text: String) throws(TimeShiftError) -> IntensitySeries {
        try parse(name: name, bytes: Array(text.utf8))
    }

    /// The readings of a canonical series file, unchecked across rows (to merge several
    /// files into one `IntensitySeries`).
    public static func readings(name: String, bytes: [UInt8]) throws(TimeShiftError) -> [IntensityReading] {
        let table = try ImportSupport.table(name: name, bytes: bytes)
        let header = table.header
        let lowered = header.map { $0.lowercased() }
        for (k, column) in lowered.enumerated() where !column.isEmpty && lowered[..<k].contains(column) {
            throw ImportSupport.fault(name, 1, k + 1, "column '\(header[k])' appears twice")
        }
        guard let timeColumn = ImportSupport.column(header, ["timestamp"]) else {
            throw ImportSupport.fault(name, 1, nil, "no 'timestamp' column (version 1 needs timestamp, zone, intensity_g_per_kwh)")
        }
        guard let zoneColumn = ImportSupport.column(header, ["zone"]) else {
            throw ImportSupport.fault(name, 1, nil, "no 'zone' column (version 1 needs timestamp, zone, intensity_g_per_kwh)")
        }
        let intensityMatches = header.indices.filter { intensityColumns.contains(lowered[$0]) }
        guard let valueColumn = intensityMatches.first else {
            throw ImportSupport.fault(name, 1, nil, "no 'intensity_g_per_kwh' column (or its alias 'gco2_per_kwh')")
        }
        if intensityMatches.count > 1 {
            throw ImportSupport.fault(name, 1, intensityMatches[1] + 1, "both 'intensity_g_per_kwh' and 'gco2_per_kwh' are present; keep one")
        }
        let durationColumn = ImportSupport.column(header, ["duration_minutes"])
        let kindColumn = ImportSupport.column(header, ["kind"])

        let columns = ImportSupport.ReadingColumns(
            time: timeColumn, timeLabel: "timestamp", timeForm: "ISO 8601 with Z or an offset (e.g. 2024-06-03T10:00:00Z)",
            missingOffset: .reject, zone: zoneColumn, zoneLabel: "the zone", value: valueColumn, valueLabel: header[valueColumn],
            valueHint: " (leave the cell empty for a missing value)", decimalComma: false)
        var readings: [IntensityReading] = []
        readings.reserveCapacity(table.rows.count)
        for row in table.rows {
            let (start, zone, intensity) = try ImportSupport.reading(row, columns, file: name)
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
            var kind: ReadingKind?
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
