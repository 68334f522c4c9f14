/// A small CSV file held whole: its header and its records as text, each with its line.
///
/// Used for the data tables and for user overlays; large job files stream through
/// `CSVScanner` instead.
package struct CSVTable: Sendable {
    /// The file name used in error messages.
    package let name: String
    /// The header's column names, trimmed.
    package let header: [String]
    /// The records after the header, blank lines skipped.
    package let rows: [CSVRow]

    /// Parses `bytes` (UTF-8, optional byte-order mark).
    ///
    /// - Throws: `DataError` when the file is empty or a record's quoting is malformed.
    package init(name: String, bytes: [UInt8]) throws(DataError) {
        var records: [CSVRow] = []
        var malformedLine: Int?
        bytes.withUnsafeBufferPointer { buffer in
            var fields: [CSVField] = []
            var index = CSVScanner.bodyStart(of: buffer)
            var line = 1
            while index < buffer.count {
                guard case let .record(next, lineBreaks, malformedAt) = CSVScanner.scanRecord(
                    in: buffer, from: index, atEnd: true, fields: &fields) else { break }
                if malformedAt != nil, malformedLine == nil { malformedLine = line }
                if !CSVScanner.isBlank(fields) {
                    records.append(CSVRow(line: line, cells: fields.map { $0.string(in: buffer) }))
                }
                index = next
                line += lineBreaks
            }
        }
        if let malformedLine {
            throw DataError(file: name, line: malformedLine, message: "malformed quoting (a quote must open and close a whole field)")
        }
        guard let first = records.first else {
            throw DataError(file: name, line: 1, message: "the file is empty: a header row is expected")
        }
        self.name = name
        self.header = first.cells.map { $0.trimmingWhitespace() }
        self.rows = Array(records.dropFirst())
    }

    /// Parses UTF-8 `text`.
    package init(name: String, text: String) throws(DataError) {
        try self.init(name: name, bytes: Array(text.utf8))
    }
}

/// One record of a `CSVTable`.
package struct CSVRow: Sendable {
    /// The 1-based line on which the record starts.
    package let line: Int
    /// The record's fields, untrimmed.
    package let cells: [String]
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        // Most strings have nothing to trim: their first and last bytes say so, with no copy.
        if let first = utf8.first, let last = utf8.last, !Self.isTrimmed(first), !Self.isTrimmed(last) { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Whether `byte` is a space, tab or line break (a first or last byte that
    /// `trimmingWhitespace` may remove).
    @inline(__always)
    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
