import Testing
@testable import Footprint

/// The tables and script of `footprint export sql`: the SQL normaliser's semantics equal
/// `NameKey` on every spelling, the names table answers as the Swift resolver does, and
/// the script defines what it says.
struct SQLExportTests {
    /// What the SQL normaliser computes, modelled in Swift: `lower`, then `translate` with
    /// `NameKeySQL`'s two strings, then only `\p{L}` and `\p{N}` kept.
    static func sqlKey(_ name: String) -> String {
        let folding = Dictionary(uniqueKeysWithValues: zip(NameKeySQL.accented, NameKeySQL.plain))
        let translated = String(name.lowercased().map { folding[$0] ?? $0 })
        return String(String.UnicodeScalarView(translated.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber: true
            default: false
            }
        }))
    }

    @Test func sqlNormaliserEqualsNameKeyOnEverySpelling() throws {
        let spellings = ExportTables.spellings(try Catalog.builtIn())
        #expect(spellings.rows.count > 10_000)
        #expect(NameKeySQL.accented.count == NameKeySQL.plain.count)
        for row in spellings.rows {
            #expect(Self.sqlKey(row[1].plain) == row[2].plain, "\(row[1].plain)")
        }
        #expect(Self.sqlKey("A100-SXM4 80GB") == "a100sxm480gb")
        #expect(Self.sqlKey("Montréal, QUÉBEC") == NameKey("Montréal, QUÉBEC").text)
        #expect(Self.sqlKey("Zürich") == "zurich")
    }

    /// The names table read as the SQL reads it: the literal row, else the key row.
    @Test func namesTableAnswersAsTheSwiftResolver() throws {
        let catalog = try Catalog.builtIn()
        var answers: [String: ExportTable.Cell] = [:]
        for row in ExportTables.names(catalog).rows { answers["\(row[0].plain)/\(row[1].plain)/\(row[2].plain)"] = row[3] }
        func sql(_ lookup: String, _ name: String) -> String? {
            let answer = answers["\(lookup)/literal/\(name.lowercased())"] ?? answers["\(lookup)/key/\(NameKey(name).text)"]
            return answer.map { $0 == .null ? "ambiguous" : $0.plain }
        }
        func swift(_ resolve: () throws -> String) -> String {
            do { return try resolve() } catch { return "\(error)".contains("ambiguous") ? "ambiguous" : "unknown" }
        }
        for row in ExportTables.spellings(catalog).rows {
            let spelling = row[1].plain
            switch row[0].plain {
            case "hardware":
                #expect(sql("hardware", spelling) == swift { try catalog.device(named: spelling).id }, "\(spelling)")
            case "region":
                #expect(sql("region", spelling) == swift { try catalog.region(named: spelling).id }, "\(spelling)")
            default:
                #expect(sql("location", spelling) == swift { try catalog.location(named: spelling).id }, "\(spelling)")
            }
        }
        #expect(sql("region", "us-east1") == "gcp:us-east1")
        #expect(sql("region", "US East 1") == "ambiguous")
        #expect(sql("hardware", "A100-SXM4 80GB") == "nvidia-a100-sxm4-80gb")
        #expect(sql("cpu", "A100 SXM4 80GB") == nil)
    }

    @Test func scriptDefinesTablesKeyAndEstimate() throws {
        let catalog = try Catalog.builtIn()
        let tables = ExportTables.of(catalog, toolVersion: "test")
        let meta = try #require(tables.first)
        #expect(meta.name == "meta")
        #expect(meta.rows.contains([.text("basis"), .text("lifecycle")]))
        for dialect in SQLDialect.allCases {
            let script = SQLExport(dialect: dialect, prefix: "fp_").script(tables, worldID: ExportTables.worldID(catalog))
            for table in ["meta", "hardware", "names", "spellings", "locations", "pue", "constants"] {
                #expect(script.contains("fp_\(table)"), "\(dialect) \(table)")
            }
            #expect(script.contains("fp_key(name"), "\(dialect)")
            #expect(script.contains("fp_estimate("), "\(dialect)")
            #expect(script.contains("CREATE TABLE IF NOT EXISTS fp_jobs (job_id "), "\(dialect)")
            #expect(script.contains(dialect == .postgres ? "CREATE FUNCTION fp_estimates() RETURNS TABLE (job_id TEXT, energy_kwh"
                                                         : "CREATE OR REPLACE VIEW fp_estimates AS"), "\(dialect)")
            #expect(script.contains("-- Example"), "\(dialect)")
            #expect(!script.contains("footprint_hardware"), "\(dialect)")
        }
    }

    /// The estimate of every job reads `jobs` once and resolves its names by joins: the
    /// per-job query with the parameters as columns of `j`, and the job id carried through.
    @Test func estimatesOfAllJobsJoinTheJobsTable() {
        let estimate = SQLEstimate(dialect: .duckdb, prefix: "fp_", worldID: "WORLD")
        let perJob = estimate.query(.parameters), allJobs = estimate.query(.jobs(table: "fp_jobs"))
        #expect(allJobs.components(separatedBy: "FROM fp_jobs AS j").count == 2)
        #expect(!perJob.contains("fp_jobs"))
        #expect(allJobs.hasPrefix("SELECT e.job_id AS job_id, CASE WHEN e.f_status = 'ok' THEN e.e_energy END AS energy_kwh"))
        #expect(perJob.hasPrefix("SELECT struct_pack(energy_kwh := CASE WHEN e.f_status = 'ok' THEN e.e_energy END"))
        for alias in ["j", "n", "r"] { #expect(allJobs.contains("\(alias).job_id AS job_id, "), "\(alias)") }
        for input in SQLEstimate.inputs {
            #expect(allJobs.contains("j.\(input.name)"), "\(input.name)")
            #expect(!perJob.contains("j.\(input.name)"), "\(input.name)")
        }
        #expect(allJobs.components(separatedBy: "LEFT JOIN fp_names").count == perJob.components(separatedBy: "LEFT JOIN fp_names").count)
    }

    /// A schema-qualified prefix names the tables and the view; temporary functions (Spark,
    /// BigQuery) take the part after the dot, Postgres and DuckDB functions the whole prefix.
    @Test func schemaQualifiedPrefix() throws {
        let catalog = try Catalog.builtIn()
        let tables = ExportTables.of(catalog, toolVersion: "test")
        for dialect in SQLDialect.allCases {
            let script = SQLExport(dialect: dialect, prefix: "analytics.fp_").script(tables, worldID: ExportTables.worldID(catalog))
            #expect(script.contains("LEFT JOIN analytics.fp_names AS hardware_l"), "\(dialect)")
            #expect(script.contains("FROM analytics.fp_jobs AS j"), "\(dialect)")
            let temporary = dialect == .spark || dialect == .bigquery
            #expect(script.contains(temporary ? "FUNCTION fp_estimate(hardware" : "analytics.fp_estimate(hardware"), "\(dialect)")
        }
        #expect(SQLExport.isValid(prefix: "analytics.fp_"))
        #expect(SQLExport.isValid(prefix: "fp_"))
        #expect(!SQLExport.isValid(prefix: ".fp_"))
        #expect(!SQLExport.isValid(prefix: "a.b.fp_"))
        #expect(!SQLExport.isValid(prefix: "Bad-Prefix"))
    }

    @Test func directBasisChangesTheLocationsTable() throws {
        let direct = try Catalog.builtIn(overlaidWith: [], view: IntensityView(basis: .direct, source: .grid))
        let row = try #require(ExportTables.locations(direct).rows.first { $0[0] == .text("aws:us-east-1") })
        #expect(row[6] == .text("direct"))
        guard case let .double(value) = row[7] else { Issue.record("no intensity"); return }
        #expect(abs(value - 270.49) / 270.49 < 1e-9)
    }

    @Test func csvFilesWithSources() throws {
        let catalog = try Catalog.builtIn()
        let files = CSVExport.files(ExportTables.of(catalog, toolVersion: "test"), attributions: try Attribution.builtIn())
        #expect(files.map(\.name) == [
            "meta.csv", "hardware.csv", "names.csv", "spellings.csv", "locations.csv", "pue.csv", "constants.csv", "SOURCES",
        ])
        #expect(files[1].text.hasPrefix("id,name,kind,vendor,max_power_watts,memory_gb,cores,threads,year,source\n"))
        #expect(files.last!.text.contains("CarbonTracker (saintslab/carbontracker): MIT"))
    }
}
