import Foundation
import Testing
@testable import footprint

/// `footprint export sql|csv`.
struct ExportCommandTests {
    @Test func sqlToStdout() {
        let run = runCLI(["export", "sql", "--dialect", "duckdb"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.hasPrefix("-- Footprint factor tables and estimate for duckdb"))
        #expect(run.out.contains("CREATE OR REPLACE MACRO footprint_estimate(hardware := NULL"))
    }

    @Test func sqlNeedsAKnownDialect() {
        #expect(runCLI(["export", "sql"]).code == 64)
        let run = runCLI(["export", "sql", "--dialect", "oracle"])
        #expect(run.code == 64)
        #expect(run.err.contains("choose duckdb, spark, postgres, bigquery"))
        #expect(runCLI(["export", "sql", "--dialect", "duckdb", "--prefix", "Bad-Prefix"]).code == 64)
        #expect(runCLI(["export"]).code == 64)
    }

    @Test func csvIntoADirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("footprint-export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = runCLI(["export", "csv", directory, "--basis", "direct"])
        #expect(run.code == 0, "\(run.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["SOURCES", "constants.csv", "hardware.csv", "locations.csv", "meta.csv", "names.csv", "pue.csv", "spellings.csv"])
        let meta = try String(contentsOfFile: directory + "/meta.csv", encoding: .utf8)
        #expect(meta.contains("basis,direct\n"))
    }
}
