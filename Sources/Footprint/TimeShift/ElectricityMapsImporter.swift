/// Reads the carbon-intensity CSV files of the Electricity Maps data portal (hourly,
/// daily, … downloads).
///
/// Columns used, matched without regard to case: `Datetime (UTC)` (interval start; a time
/// without an offset is UTC, e.g. `2023-01-01 00:00:00`), `Zone Id` (the zone; else
/// `Zone Name`, else `Country`), and one intensity column chosen by `Basis`:
/// `Carbon Intensity gCO₂eq/kWh (life cycle assessment)` / `(Life cycle)` / `(LCA)` or
/// `Carbon Intensity gCO₂eq/kWh (direct)`. The older layout
/// (`datetime`, `zone_id`, `carbon_intensity_avg`) is read as life-cycle. An empty value
/// is missing. Values are marked `actual`; intervals last the file's step.
package enum ElectricityMapsImporter {
    /// Which of the two intensities a file offers to read.
    package enum Basis: String, Sendable, Equatable {
        /// Life-cycle emissions (Electricity Maps' headline figure).
        case lifecycle
        /// Direct (combustion) emissions only.
        case direct
    }

    /// Parses an Electricity Maps CSV download.
    ///
    /// - Parameters:
    ///   - name: the file name used in error messages.
    ///   - bytes: the file's contents.
    ///   - basis: which intensity column to read.
    /// - Throws: `TimeShiftError.data` naming line and column of a bad field or the missing
    ///   column; the `IntensitySeries` errors otherwise.
    package static func parse(name: String, bytes: [UInt8], basis: Basis = .lifecycle) throws(TimeShiftError) -> IntensitySeries {
        let table = try ImportSupport.table(name: name, bytes: bytes)
        let header = table.header.map { $0.lowercased() }
        guard let timeColumn = header.firstIndex(where: { $0.hasPrefix("datetime") }) else {
            throw ImportSupport.fault(name, 1, nil, "no 'Datetime (UTC)' column")
        }
        guard let zoneColumn = ImportSupport.column(table.header, ["zone id", "zone_id", "zoneid"])
                ?? ImportSupport.column(table.header, ["zone name", "zone_name"])
                ?? ImportSupport.column(table.header, ["country"]) else {
            throw ImportSupport.fault(name, 1, nil, "no 'Zone Id' column")
        }
        let intensityColumns = header.indices.filter { header[$0].contains("carbon intensity") || header[$0].contains("carbon_intensity") }
        let valueColumn: Int?
        switch basis {
        case .lifecycle:
            valueColumn = intensityColumns.first { header[$0].contains("life cycle") || header[$0].contains("lifecycle") || header[$0].contains("lca") }
                ?? intensityColumns.first { header[$0] == "carbon_intensity_avg" }
        case .direct:
            valueColumn = intensityColumns.first { header[$0].contains("direct") }
        }
        guard let valueColumn else {
            let wanted = basis == .lifecycle ? "Carbon Intensity gCO₂eq/kWh (life cycle assessment)" : "Carbon Intensity gCO₂eq/kWh (direct)"
            throw ImportSupport.fault(name, 1, nil, "no '\(wanted)' column")
        }
        let columns = ImportSupport.ReadingColumns(
            time: timeColumn, timeLabel: "datetime", timeForm: "a timestamp such as 2023-01-01 00:00:00", missingOffset: .utc,
            zone: zoneColumn, zoneLabel: "the zone", value: valueColumn, valueLabel: "'\(table.header[valueColumn])' value",
            valueHint: "", decimalComma: false)
        var readings: [IntensityReading] = []
        readings.reserveCapacity(table.rows.count)
        for row in table.rows {
            let (start, zone, intensity) = try ImportSupport.reading(row, columns, file: name)
            readings.append(IntensityReading(zone: zone, start: start, intensity: intensity, kind: .actual, line: row.line))
        }
        return try IntensitySeries(readings: readings, name: name)
    }
}
