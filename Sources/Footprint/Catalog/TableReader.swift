/// Typed access to the rows of a data table, with errors that name file, line and column.
struct TableReader {
    let table: CSVTable
    /// The header cells: a table has a dozen columns, so finding one by a linear search
    /// costs less than hashing its name.
    private let header: [String]

    /// A reader over `table` that requires `columns` in its header.
    init(_ table: CSVTable, requiring columns: [String]) throws(DataError) {
        self.table = table
        self.header = table.header
        for column in columns where !table.header.contains(column) {
            throw DataError(
                file: table.name, line: 1,
                message: "missing column '\(column)' (the header must name: \(columns.joined(separator: ", ")))")
        }
    }

    /// The trimmed text of `column` in `row` (empty when the row is short).
    func text(_ column: String, _ row: CSVRow) -> String {
        guard let index = header.firstIndex(of: column), index < row.cells.count else { return "" }
        return row.cells[index].trimmingWhitespace()
    }

    /// The text of `column`, which must not be empty.
    func required(_ column: String, _ row: CSVRow) throws(DataError) -> String {
        let value = text(column, row)
        guard !value.isEmpty else { throw fault(column, row, "'\(column)' is empty") }
        return value
    }

    /// The finite number in `column` within `range`, or nil when the cell is empty.
    func optionalNumber(_ column: String, _ row: CSVRow, in range: ClosedRange<Double>) throws(DataError) -> Double? {
        let value = text(column, row)
        if value.isEmpty { return nil }
        guard let number = Double(value), number.isFinite else {
            throw fault(column, row, "'\(column)' is '\(value)', not a number")
        }
        guard range.contains(number) else {
            throw fault(column, row, "'\(column)' is \(value), outside \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    /// The finite number in `column` within `range`.
    func number(_ column: String, _ row: CSVRow, in range: ClosedRange<Double>) throws(DataError) -> Double {
        guard let number = try optionalNumber(column, row, in: range) else {
            throw fault(column, row, "'\(column)' is empty")
        }
        return number
    }

    /// The whole number in `column`, or nil when the cell is empty.
    func optionalInteger(_ column: String, _ row: CSVRow, in range: ClosedRange<Int>) throws(DataError) -> Int? {
        let value = text(column, row)
        if value.isEmpty { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw fault(column, row, "'\(column)' is '\(value)', not a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    /// The `|`-separated list in `column`.
    func list(_ column: String, _ row: CSVRow) -> [String] {
        let text = text(column, row)
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The value of `column` as one of `T`'s cases.
    func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ row: CSVRow, as type: T.Type) throws(DataError) -> T
    where T.RawValue == String {
        let value = text(column, row)
        guard let choice = T(rawValue: value) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw fault(column, row, "'\(column)' is '\(value)', expected one of: \(allowed)")
        }
        return choice
    }

    /// The row's `source` and `year`, both required.
    func provenance(_ row: CSVRow) throws(DataError) -> Provenance {
        let source = try required("source", row)
        guard let year = try optionalInteger("year", row, in: 1900...2100) else {
            throw fault("year", row, "'year' is empty")
        }
        return Provenance(source: source, year: year, table: table.name)
    }

    /// A fault in `column` of `row`.
    func fault(_ column: String, _ row: CSVRow, _ message: String) -> DataError {
        DataError(file: table.name, line: row.line, column: header.firstIndex(of: column).map { $0 + 1 }, message: message)
    }
}
