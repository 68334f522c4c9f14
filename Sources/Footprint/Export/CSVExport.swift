/// `footprint export csv`: the export tables as CSV files, for loading by any engine, with
/// a `SOURCES` file describing each file and naming the sources and licences of the data.
package enum CSVExport {
    /// The files: `NAME.csv` for each table (names without prefix), then `SOURCES`.
    package static func files(_ tables: [ExportTable], attributions: [Attribution]) -> [(name: String, text: String)] {
        tables.map { ("\($0.name).csv", $0.csv) } + [("SOURCES", sources(tables, attributions: attributions))]
    }

    /// The `SOURCES` text: each file with its columns, then each third-party source.
    static func sources(_ tables: [ExportTable], attributions: [Attribution]) -> String {
        var text = """
            Footprint factor tables, written by `footprint export csv` (`footprint export sql` writes the same
            tables as a SQL script). meta.csv holds the tool and data version. Every factor row names its
            source and year; names resolve by exact match of names.csv (a key is the name in lower-case
            letters and digits, Latin accents folded; a 'literal' row, the name lower-cased, is tried first).

            Files

            """
        for table in tables {
            text += "  \(table.name).csv: \(table.summary)\n    columns: \(table.columns.map(\.name).joined(separator: ", "))\n"
        }
        text += "\nSources and licences of the data\n\n"
        for attribution in attributions {
            text += "  \(attribution.source): \(attribution.licence)\n    \(attribution.attribution)\n    \(attribution.sourceURL)\n"
        }
        return text
    }
}
