/// Reads Energi Data Service (Energinet, Denmark) CO2 intensity datasets: `CO2Emis`
/// (measured) and `CO2EmisProg` (forecast), 5-minute values per price area.
///
/// Fields used: `Minutes5UTC` (the interval start, in UTC; a timestamp without an offset is
/// read as UTC), `PriceArea` (the zone, e.g. `DK1`), `CO2Emission` (gCO2e/kWh; `null` or
/// empty means missing). Each value lasts 5 minutes. Other fields (`Minutes5DK`) are
/// ignored. Accepted files:
/// - the API's JSON answer `{"dataset": "CO2Emis", "records": [...]}` (or a bare array of
///   records); the dataset name, when present, marks values `actual` or `forecast`;
/// - a CSV download with those columns, separated by commas, or by semicolons with decimal
///   commas.
package enum EnergiDataServiceImporter {
    /// The length of every value: the datasets are 5-minute series.
    package static let stepSeconds: Int64 = 300

    /// Parses an Energi Data Service export (JSON or CSV, detected from the first byte).
    ///
    /// - Parameters:
    ///   - name: the file name used in error messages.
    ///   - bytes: the file's contents.
    ///   - kind: marks every value (overrides the dataset name of a JSON answer); a CSV
    ///     download does not say which dataset it came from.
    /// - Throws: `TimeShiftError.data` naming line and column of a bad field; the
    ///   `IntensitySeries` errors otherwise.
    package static func parse(name: String, bytes: [UInt8], kind: ReadingKind? = nil) throws(TimeShiftError) -> IntensitySeries {
        let readings = ImportSupport.looksLikeJSON(bytes)
            ? try jsonReadings(name: name, bytes: bytes, kind: kind)
            : try csvReadings(name: name, bytes: bytes, kind: kind)
        return try IntensitySeries(readings: readings, name: name)
    }

    private static func jsonReadings(name: String, bytes: [UInt8], kind: ReadingKind?) throws(TimeShiftError) -> [IntensityReading] {
        let root = try JSONParser.parse(name: name, bytes: bytes)
        var kind = kind
        let records: [JSONNode]
        if let items = root.elements {
            records = items
        } else if let items = root.member("records")?.elements {
            records = items
            if kind == nil, let dataset = root.member("dataset")?.string?.lowercased() {
                kind = dataset == "co2emis" ? .actual : dataset == "co2emisprog" ? .forecast : nil
            }
        } else {
            throw ImportSupport.fault(name, root.line, root.column, "expected an object with a 'records' array, found \(root.typeName)")
        }
        var readings: [IntensityReading] = []
        readings.reserveCapacity(records.count)
        for record in records {
            guard case .object = record.value else {
                throw ImportSupport.fault(name, record.line, record.column, "expected a record (an object), found \(record.typeName)")
            }
            guard let timeNode = record.member("Minutes5UTC") else {
                throw ImportSupport.fault(name, record.line, record.column, "the record has no 'Minutes5UTC'")
            }
            guard let text = timeNode.string, let start = Timestamp.parse(text, missingOffset: .utc) else {
                throw ImportSupport.fault(name, timeNode.line, timeNode.column, "'Minutes5UTC' should be a timestamp such as \"2024-06-03T10:05:00\"")
            }
            guard let areaNode = record.member("PriceArea"), let area = areaNode.string, !area.isEmpty else {
                throw ImportSupport.fault(name, record.line, record.column, "the record has no 'PriceArea'")
            }
            guard let valueNode = record.member("CO2Emission") else {
                throw ImportSupport.fault(name, record.line, record.column, "the record has no 'CO2Emission'")
            }
            var intensity: Double?
            switch valueNode.value {
            case .null: intensity = nil
            case .number(let value) where value >= 0: intensity = value
            default:
                throw ImportSupport.fault(name, valueNode.line, valueNode.column, "'CO2Emission' should be a number ≥ 0 or null")
            }
            readings.append(IntensityReading(zone: area, start: start, intensity: intensity, durationSeconds: stepSeconds, kind: kind, line: record.line))
        }
        return readings
    }

    private static func csvReadings(name: String, bytes: [UInt8], kind: ReadingKind?) throws(TimeShiftError) -> [IntensityReading] {
        let semicolons = firstLine(of: bytes).contains(UInt8(ascii: ";"))
        let header: [String], rows: [CSVRow]
        if semicolons {
            (header, rows) = semicolonRows(bytes)
        } else {
            let table = try ImportSupport.table(name: name, bytes: bytes)
            (header, rows) = (table.header, table.rows)
        }
        guard let timeColumn = ImportSupport.column(header, ["Minutes5UTC"]),
              let areaColumn = ImportSupport.column(header, ["PriceArea"]),
              let valueColumn = ImportSupport.column(header, ["CO2Emission"]) else {
            throw ImportSupport.fault(name, 1, nil, "expected the columns Minutes5UTC, PriceArea and CO2Emission")
        }
        let columns = ImportSupport.ReadingColumns(
            time: timeColumn, timeLabel: "Minutes5UTC", timeForm: "a timestamp such as 2024-06-03T10:05:00", missingOffset: .utc,
            zone: areaColumn, zoneLabel: "PriceArea", value: valueColumn, valueLabel: "CO2Emission", valueHint: "",
            decimalComma: semicolons)
        var readings: [IntensityReading] = []
        readings.reserveCapacity(rows.count)
        for row in rows {
            let (start, area, intensity) = try ImportSupport.reading(row, columns, file: name)
            readings.append(IntensityReading(zone: area, start: start, intensity: intensity, durationSeconds: stepSeconds, kind: kind, line: row.line))
        }
        return readings
    }

    private static func firstLine(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        let end = bytes.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
        return bytes[..<end]
    }

    /// The header and rows of a semicolon-separated file (one record per line; a field may
    /// be quoted, with `""` for a quote; a byte-order mark and CRLF line ends are accepted).
    private static func semicolonRows(_ bytes: [UInt8]) -> (header: [String], rows: [CSVRow]) {
        var records: [CSVRow] = []
        var lineNumber = 0
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        for rawLine in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let cells = line.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { field -> String in
                var text = String(decoding: field, as: UTF8.self).trimmingWhitespace()
                if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                    text = String(text.dropFirst().dropLast()).replacing("\"\"", with: "\"")
                }
                return text
            }
            records.append(CSVRow(line: lineNumber, cells: cells))
        }
        guard let first = records.first else { return ([], []) }
        return (first.cells, Array(records.dropFirst()))
    }
}
