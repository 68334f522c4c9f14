/// One table of an export: its name (without prefix), typed columns, and rows of cells.
/// The SQL script and the CSV files are two renderings of the same tables.
package struct ExportTable: Sendable {
    /// The type of a column.
    package enum ColumnType: Sendable, Hashable {
        /// Text.
        case text
        /// A double-precision number.
        case double
        /// A 64-bit whole number.
        case integer
    }

    /// A column and its type.
    package struct Column: Sendable, Hashable {
        /// The column name.
        package let name: String
        /// Its type.
        package let type: ColumnType
    }

    /// One cell: null, text or a number.
    package enum Cell: Sendable, Hashable {
        /// No value.
        case null
        /// Text.
        case text(String)
        /// A number, written so that it reads back to the same double.
        case double(Double)
        /// A whole number.
        case integer(Int)

        /// Text, or null for nil.
        static func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .null }
        /// A number, or null for nil.
        static func double(_ value: Double?) -> Cell { value.map(Cell.double) ?? .null }
        /// A whole number, or null for nil.
        static func integer(_ value: Int?) -> Cell { value.map(Cell.integer) ?? .null }

        /// The cell as plain text (empty for null), for CSV.
        package var plain: String {
            switch self {
            case .null: ""
            case let .text(text): text
            case let .double(value): "\(value)"
            case let .integer(value): "\(value)"
            }
        }
    }

    /// The table name, without the export's prefix.
    package let name: String
    /// What the table holds, for comments and the SOURCES file.
    package let summary: String
    /// The columns, in order.
    package let columns: [Column]
    /// The rows, each with one cell per column.
    package let rows: [[Cell]]

    /// A table; `columns` are `(name, type)` pairs.
    init(_ name: String, _ summary: String, columns: [(String, ColumnType)], rows: [[Cell]]) {
        self.name = name
        self.summary = summary
        self.columns = columns.map { Column(name: $0.0, type: $0.1) }
        self.rows = rows
    }

    /// The table as CSV text with a header line.
    package var csv: String {
        CSVWriter.line(columns.map(\.name)) + rows.map { CSVWriter.line($0.map(\.plain)) }.joined()
    }
}
