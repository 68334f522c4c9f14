@preconcurrency import Glibc
import Footprint

/// `footprint export sql|csv`: the factor tables and the estimate for a warehouse, as one
/// SQL script (to stdout or `--output`) or as CSV files in a directory.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "Write the factor tables and the estimate as a SQL script (DuckDB, Spark, Postgres, BigQuery) or CSV files"
    static let usage = "sql --dialect duckdb|spark|postgres|bigquery [--prefix footprint_] [--output FILE] | csv DIR [--basis lifecycle|direct]"
    static var options: [OptionSpec] { [dialect, prefix, output, .data] + IntensityViewOptions.options }
    static let dialect = OptionSpec(
        name: "dialect", valueName: SQLDialect.allCases.map(\.rawValue).joined(separator: "|"), help: "the SQL engine the script is for")
    static let prefix = OptionSpec(name: "prefix", valueName: "TEXT", help: "start of every table and function name (default footprint_; a schema or dataset first: analytics.footprint_)")
    static let output = OptionSpec(name: "output", valueName: "FILE", help: "write the script to FILE (atomically) instead of stdout")
    static let maxPositionals = 2
    static let examples = [
        "footprint export sql --dialect duckdb --output footprint.sql",
        "footprint export sql --dialect spark --basis direct --prefix fp_",
        "footprint export sql --dialect bigquery --prefix analytics.footprint_ --output footprint.sql",
        "footprint export csv footprint-tables",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let positionals = arguments.positionals
        switch positionals.first {
        case "sql":
            guard positionals.count == 1 else { throw .usage("export sql takes no file name: use --output FILE") }
            try sql(arguments, console: console)
        case "csv":
            guard positionals.count == 2 else { throw .usage("export csv needs the directory to write to: footprint export csv DIR") }
            try csv(into: positionals[1], arguments, console: console)
        default:
            throw .usage("say what to export: 'footprint export sql --dialect duckdb' or 'footprint export csv DIR'")
        }
        return 0
    }

    /// Writes the SQL script.
    static func sql(_ arguments: ParsedArguments, console: Console) throws(CLIError) {
        guard let name = arguments.values[dialect.name] else {
            throw .usage("--dialect is needed (\(SQLDialect.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let chosen = SQLDialect(rawValue: name.lowercased()) else {
            throw .usage("--dialect: unknown value '\(name)' (choose \(SQLDialect.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let namePrefix = arguments.values[prefix.name] ?? "footprint_"
        guard SQLExport.isValid(prefix: namePrefix) else {
            throw .usage("--prefix: use lower-case letters, digits and '_', after an optional 'schema.', not '\(namePrefix)'")
        }
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let script = SQLExport(dialect: chosen, prefix: namePrefix)
            .script(ExportTables.of(catalog, toolVersion: CLI.version), worldID: ExportTables.worldID(catalog))
        guard let path = arguments.values[output.name] else {
            console.out.write(script)
            return
        }
        try write(script, to: path, console: console)
    }

    /// Writes the CSV files and `SOURCES` into `directory`, creating it if needed.
    static func csv(into directory: String, _ arguments: ParsedArguments, console: Console) throws(CLIError) {
        if arguments.values[dialect.name] != nil || arguments.values[output.name] != nil {
            throw .usage("export csv writes into its directory; --dialect and --output are for export sql")
        }
        let catalog = try CatalogLoader.catalog(arguments, console: console)
        let attributions: [Attribution]
        do throws(DataError) { attributions = try Attribution.builtIn() } catch { throw .data(error) }
        if mkdir(directory, 0o755) != 0, errno != EEXIST {
            throw .unwritable(path: directory, reason: FileSystem.lastError())
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for file in CSVExport.files(ExportTables.of(catalog, toolVersion: CLI.version), attributions: attributions) {
            try write(file.text, to: base + file.name, console: console)
        }
        console.err.write("wrote \(base)*.csv and \(base)SOURCES\n")
    }

    /// Writes `text` to `path` (a regular file atomically, a device or FIFO straight
    /// through, `-` to standard output).
    private static func write(_ text: String, to path: String, console: Console) throws(CLIError) {
        guard let file = try OutputFiles.open(path) else {
            console.out.write(text)
            return
        }
        do throws(CLIError) {
            try file.write(Array(text.utf8))
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
