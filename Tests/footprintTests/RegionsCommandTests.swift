import Testing
@testable import footprint

/// `footprint regions`.
struct RegionsCommandTests {
    let job = ["regions", "--hardware", "H100 SXM5 80GB", "--count", "8", "--hours", "100", "--region", "aws:us-east-1"]

    @Test func tenCleanestWithSavings() {
        let run = runCLI(job + ["--limit", "10"])
        #expect(run.code == 0)
        let rows = run.out.split(separator: "\n").filter { $0.contains("kg (") }
        #expect(rows.count == 10)
        #expect(run.out.contains("saves"))
    }

    @Test func providerFilterAndJSONShape() {
        let run = runCLI(job + ["--provider", "aws", "--limit", "0", "--format", "json"])
        #expect(run.code == 0)
        #expect(!run.out.contains("\"provider\": \"gcp\""))
        for key in ["\"job\": {", "\"alternatives\": [", "\"rank\": 1,", "\"saving_kg\":", "\"saving_percent\":", "\"is_job_location\": true"] {
            #expect(run.out.contains(key), "missing \(key)")
        }
    }

    /// Regions whose intensity is their provider's own figure are not ranked with grid
    /// figures, and the count left out is said, not dropped silently.
    @Test func locationsLeftOutOfTheRankingAreCountedAndSaid() {
        let run = runCLI(["regions", "--hardware", "L4", "--hours", "100", "--intensity-source", "provider", "--limit", "0", "--format", "json"])
        #expect(run.code == 0)
        let leftOut = run.out.split(separator: "\n").first { $0.contains("\"left_out\"") }
        let count = leftOut.flatMap { Int($0.split(separator: ":").last!.trimmingCharacters(in: [" ", ","])) } ?? 0
        #expect(count > 10)
        #expect(run.err.contains("note: \(count) of "))
        let ranked = run.out.components(separatedBy: "\"rank\":").count - 1
        let all = runCLI(["regions", "--hardware", "L4", "--hours", "100", "--limit", "0", "--format", "json"])
        #expect(ranked + count == all.out.components(separatedBy: "\"rank\":").count - 1)
        #expect(all.out.contains("\"left_out\": 0") && !all.err.contains("not ranked"))
    }

    /// With a PUE or intensity given, the job's own row is the job as given: it saves nothing
    /// against itself.
    @Test func theJobsOwnRowEqualsItsBaselineWithOverrides() {
        for override in [["--pue", "1.5"], ["--intensity", "100"]] {
            let run = runCLI(["regions", "--hardware", "L4", "--hours", "100", "--region", "aws:us-east-1", "--limit", "0"] + override)
            #expect(run.code == 0)
            let own = run.out.split(separator: "\n").first { $0.contains("* ") && $0.contains("aws:us-east-1") }
            #expect(own?.hasSuffix("saves 0 kg (0.0 %)") == true, "\(override): \(own ?? "")")
        }
    }

    @Test func csvAndUnknownKind() {
        let run = runCLI(job + ["--kind", "grid", "--continent", "europe", "--format", "csv", "--limit", "3"])
        #expect(run.code == 0)
        #expect(run.out.split(separator: "\n").count == 4)
        #expect(runCLI(job + ["--kind", "planet"]).code == 64)
    }

    @Test func filtersThatLeaveNoLocationAreAUsageErrorNotAnEmptyTable() {
        // Georgia has a grid but no cloud region.
        let run = runCLI(job + ["--country", "Georgia"])
        #expect(run.code == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("no location matches these filters among the kinds asked for (region)"))
        #expect(run.err.contains("--kind grid"))
        let grids = runCLI(job + ["--country", "Georgia", "--kind", "grid", "--format", "csv"])
        #expect(grids.code == 0)
        #expect(grids.out.split(separator: "\n").count == 2)
    }
}
