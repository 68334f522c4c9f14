/// Helpers shared by the series parser and the importers (internal).
enum ImportSupport {
    /// A decimal number such as `12`, `-3.5` or `1e3` (optionally with a decimal comma),
    /// finite; `nil` for anything else (`inf`, `nan`, hex, stray characters).
    static func number(_ text: String, decimalComma: Bool = false) -> Double? {
        var value = text.trimmingWhitespace()
        if decimalComma { value = value.replacing(",", with: ".") }
        guard !value.isEmpty else { return nil }
        var sawDigit = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit, let number = Double(value), number.isFinite else { return nil }
        return number
    }

    /// The index of the first header cell equal to one of `names` (case-insensitive).
    static func column(_ header: [String], _ names: [String]) -> Int? {
        let wanted = Set(names.map { $0.lowercased() })
        return header.firstIndex { wanted.contains($0.trimmingWhitespace().lowercased()) }
    }

    /// The trimmed cell at `index`, or `""` when the row is shorter.
    static func cell(_ row: CSVRow, _ index: Int) -> String {
        index < row.cells.count ? row.cells[index].trimmingWhitespace() : ""
    }

    /// Reads `table` with `CSVTable`, turning its error into a `TimeShiftError`.
    static func table(name: String, bytes: [UInt8]) throws(TimeShiftError) -> CSVTable {
        do {
            return try CSVTable(name: name, bytes: bytes)
        } catch {
            throw .data(error)
        }
    }

    /// Whether the first non-space byte (after a byte-order mark) opens JSON (`{` or `[`).
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "["))
    }

    /// The message for a timestamp without `Z` or an offset, which is never guessed.
    static func noOffset(_ text: String) -> String {
        "timestamp '\(text)' has no offset (Z or ±hh:mm) and the time zone is never guessed: "
            + "give --timezone (UTC, +01:00 or an IANA name such as Europe/London)"
    }

    /// A `DataError` at `line` (and `column`) of `name`.
    static func fault(_ name: String, _ line: Int, _ column: Int? = nil, _ message: String) -> TimeShiftError {
        .data(DataError(file: name, line: line, column: column, message: message))
    }

    /// Where a tabular export keeps the three facts of a reading, and how to word a fault.
    struct ReadingColumns {
        /// The time column, its name in messages, the form it expects (for messages), and
        /// how to read a timestamp without an offset.
        let time: Int, timeLabel: String, timeForm: String, missingOffset: Timestamp.MissingOffset
        /// The zone column (-1 for none: every row is in `singleZone`) and its name in messages.
        let zone: Int, zoneLabel: String
        /// The intensity column, its name in messages, a hint added to number faults, and
        /// whether numbers use a decimal comma.
        let value: Int, valueLabel: String, valueHint: String, decimalComma: Bool
        /// The zone of every row when there is no zone column.
        var singleZone = ""
    }

    /// The start, zone and intensity (nil for an empty cell) of `row`.
    ///
    /// - Throws: a fault naming file, line and column for a bad timestamp, an empty zone or
    ///   a value that is not a number ≥ 0.
    static func reading(_ row: CSVRow, _ columns: ReadingColumns, file name: String) throws(TimeShiftError) -> (start: Int64, zone: String, intensity: Double?) {
        let text = cell(row, columns.time)
        guard let start = Timestamp.parse(text, missingOffset: columns.missingOffset) else {
            if columns.missingOffset == .reject, Timestamp.lacksOffset(text) { throw fault(name, row.line, columns.time + 1, noOffset(text)) }
            throw fault(name, row.line, columns.time + 1, "\(columns.timeLabel) '\(text)' is not \(columns.timeForm)")
        }
        let zone = columns.zone < 0 ? columns.singleZone : cell(row, columns.zone)
        guard !zone.isEmpty else { throw fault(name, row.line, columns.zone + 1, "\(columns.zoneLabel) is empty") }
        let valueText = cell(row, columns.value)
        guard !valueText.isEmpty else { return (start, zone, nil) }
        guard let value = number(valueText, decimalComma: columns.decimalComma), value >= 0 else {
            throw fault(name, row.line, columns.value + 1, "\(columns.valueLabel) '\(valueText)' is not a number ≥ 0\(columns.valueHint)")
        }
        return (start, zone, value)
    }
}
