/// The SQL engines `SQLExport` writes for, and how each spells types, literals, tables,
/// the name normaliser and a row of results.
package enum SQLDialect: String, Sendable, CaseIterable {
    /// DuckDB: tables, a `footprint_key` macro, the estimate of one job as a macro and of
    /// every job as a view.
    case duckdb
    /// Apache Spark SQL: tables (parquet), temporary functions for the key and one job, and
    /// a view for every job.
    case spark
    /// PostgreSQL: tables, SQL functions for the key and one job, and a set-returning SQL
    /// function for every job.
    case postgres
    /// Google BigQuery: tables, temporary functions for the key and one job, and a view for
    /// every job (whose table names need a dataset: `--prefix DATASET.footprint_`).
    case bigquery

    /// The SQL type of a column.
    func type(_ type: ExportTable.ColumnType) -> String {
        switch (self, type) {
        case (.duckdb, .text): "VARCHAR"
        case (.spark, .text), (.bigquery, .text): "STRING"
        case (.postgres, .text): "TEXT"
        case (.bigquery, .double): "FLOAT64"
        case (.postgres, .double): "DOUBLE PRECISION"
        case (_, .double): "DOUBLE"
        case (.bigquery, .integer): "INT64"
        case (_, .integer): "BIGINT"
        }
    }

    /// `text` as a string literal: quotes doubled (DuckDB, Postgres) or backslash-escaped
    /// (Spark, BigQuery).
    func literal(_ text: String) -> String {
        switch self {
        case .duckdb, .postgres:
            return "'" + text.replacing("'", with: "''") + "'"
        case .spark, .bigquery:
            var escaped = ""
            for character in text {
                switch character {
                case "\\": escaped += "\\\\"
                case "'": escaped += "\\'"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                default: escaped.append(character)
                }
            }
            return "'" + escaped + "'"
        }
    }

    /// A cell as a SQL value.
    func value(_ cell: ExportTable.Cell) -> String {
        switch cell {
        case .null: "NULL"
        case let .text(text): literal(text)
        case let .double(value): "\(value)"
        case let .integer(value): "\(value)"
        }
    }

    /// `expression` as a double-precision number.
    func double(_ expression: String) -> String { "CAST(\(expression) AS \(type(.double)))" }

    /// The statements that (re)create an empty `table` with `columns`.
    func createTable(_ table: String, _ columns: [ExportTable.Column]) -> String {
        let list = columnList(columns)
        return switch self {
        case .duckdb, .bigquery: "CREATE OR REPLACE TABLE \(table) (\(list));\n"
        case .postgres: "DROP TABLE IF EXISTS \(table) CASCADE;\nCREATE TABLE \(table) (\(list));\n"
        case .spark: "DROP TABLE IF EXISTS \(table);\nCREATE TABLE \(table) (\(list)) USING parquet;\n"
        }
    }

    /// `columns` as a table definition's list: `name TYPE, ...`.
    private func columnList(_ columns: [ExportTable.Column]) -> String {
        columns.map { "\($0.name) \(type($0.type))" }.joined(separator: ", ")
    }

    /// The statement that creates an empty `table` with `columns` unless it exists.
    func createTableIfMissing(_ table: String, _ columns: [ExportTable.Column]) -> String {
        "CREATE TABLE IF NOT EXISTS \(table) (\(columnList(columns)))" + (self == .spark ? " USING parquet" : "") + ";\n"
    }

    /// The normalisation of `expression` to a name key, as `NameKey` does it: lower case,
    /// the Latin accents of `NameKeySQL.accented` dropped, then only letters and digits.
    func nameKey(_ expression: String) -> String {
        let folded = "translate(lower(\(expression)), \(literal(NameKeySQL.accented)), \(literal(NameKeySQL.plain)))"
        return switch self {
        case .duckdb: "regexp_replace(\(folded), '[^\\p{L}\\p{N}]', '', 'g')"
        case .postgres: "regexp_replace(\(folded), '[^[:alnum:]]', '', 'g')"
        case .spark: "regexp_replace(\(folded), '[^\\\\p{L}\\\\p{N}]', '')"
        case .bigquery: "REGEXP_REPLACE(\(folded), r'[^\\p{L}\\p{N}]', '')"
        }
    }

    /// A row of named values: a struct (DuckDB, Spark, BigQuery) or plain columns (Postgres,
    /// whose function returns a table).
    func row(_ fields: [(name: String, expression: String)]) -> String {
        switch self {
        case .duckdb: "struct_pack(" + fields.map { "\($0.name) := \($0.expression)" }.joined(separator: ", ") + ")"
        case .spark: "named_struct(" + fields.map { "'\($0.name)', \($0.expression)" }.joined(separator: ", ") + ")"
        case .bigquery: "STRUCT(" + fields.map { "\($0.expression) AS \($0.name)" }.joined(separator: ", ") + ")"
        case .postgres: Self.columns(fields)
        }
    }

    /// Named values as plain result columns (`expression AS name, ...`), in any dialect.
    static func columns(_ fields: [(name: String, expression: String)]) -> String {
        fields.map { "\($0.expression) AS \($0.name)" }.joined(separator: ", ")
    }
}
