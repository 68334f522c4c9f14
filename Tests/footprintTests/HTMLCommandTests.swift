import Foundation
import Testing
@testable import footprint

/// `--format html` on the four verbs, and `batch --summary-by`.
struct HTMLCommandTests {
    /// A file of `Examples/`, found from this file's path.
    static func example(_ name: String) -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Examples/\(name)").path
    }

    /// Whether `page` is a whole page with a chart of at least one bar or step and no
    /// external reference.
    func isReport(_ page: String) -> Bool {
        page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n") && page.contains("<svg class=\"chart\"")
            && (page.contains("<rect class=\"bar") || page.contains("class=\"series\"")) && !page.contains("http")
    }

    @Test func everyVerbWritesAReport() {
        let job = ["--hardware", "A100 SXM4 80GB", "--count", "8", "--hours", "72", "--region", "aws:us-east-1", "--format", "html"]
        let runs = [
            runCLI(["estimate"] + job),
            runCLI(["regions"] + job + ["--provider", "aws", "--limit", "0"]),
            runCLI(["when", "--series", Self.example("synthetic_hourly_intensity.csv"), "--zone", "ZONE_SOLAR", "--power", "3200", "--hours", "4", "--format", "html"]),
            runCLI(["when", "--series", Self.example("synthetic_hourly_intensity.csv"), "--zone", "ZONE_SOLAR", "--power", "3200", "--hours", "4", "--interruptible", "--format", "html"]),
            runCLI(["batch", Self.example("jobs.csv"), "--region", "gcp:europe-west1", "--format", "html"]),
        ]
        for run in runs {
            #expect(run.code == 0, "\(run.err)")
            #expect(isReport(run.out))
        }
        // The job's own region is outlined among the ranked ones.
        #expect(runs[1].out.contains("own\" x="))
    }

    @Test func summaryByTeamAndMonthAddsUpToTheBatchTotal() throws {
        let rows = runCLI(["batch", Self.example("team_jobs.csv"), "--format", "json"])
        let summary = runCLI(["batch", Self.example("team_jobs.csv"), "--summary-by", "team,month", "--format", "json"])
        #expect(rows.code == 0 && summary.code == 0)
        let jobs = try #require(JSONSerialization.jsonObject(with: Data(rows.out.utf8)) as? [[String: Any]])
        let object = try #require(JSONSerialization.jsonObject(with: Data(summary.out.utf8)) as? [String: Any])
        let groups = try #require(object["groups"] as? [[String: Any]])
        let total = jobs.reduce(0.0) { $0 + (($1["co2e_kg"] as? NSNumber)?.doubleValue ?? 0) }
        let grouped = groups.reduce(0.0) { $0 + (($1["co2e_kg"] as? NSNumber)?.doubleValue ?? 0) }
        #expect(abs(total - grouped) < 1e-9 * total)
        #expect(groups.reduce(0) { $0 + (($1["jobs"] as? NSNumber)?.intValue ?? 0) } == jobs.count)
        #expect(Set(groups.compactMap { $0["team"] as? String }) == ["llm", "vision", "speech", "search"])
        #expect(groups.allSatisfy { ($0["month"] as? String)?.hasPrefix("2024-") == true })
    }

    @Test func summaryTableEndsWithTheTotal() {
        let run = runCLI(["batch", Self.example("team_jobs.csv"), "--summary-by", "quarter", "--format", "table"])
        #expect(run.code == 0)
        let lines = run.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("QUARTER") == true && lines.last?.hasPrefix("total") == true && lines.count == 4)
    }

    @Test func summaryOptionsAreChecked() {
        #expect(runCLI(["batch", Self.example("team_jobs.csv"), "--format", "table"]).code == 64)
        #expect(runCLI(["batch", Self.example("team_jobs.csv"), "--date-column", "start"]).code == 64)
        #expect(runCLI(["batch", Self.example("team_jobs.csv"), "--summary-by", "team", "--format", "ndjson"]).code == 64)
        let missing = runCLI(["batch", Self.example("team_jobs.csv"), "--summary-by", "tem"])
        #expect(missing.code == 65 && missing.err.contains("did you mean 'team'"))
        let noDates = runCLI(["batch", Self.example("jobs.csv"), "--summary-by", "month", "--region", "gcp:europe-west1"])
        #expect(noDates.code == 65 && noDates.err.contains("--date-column"))
    }
}
