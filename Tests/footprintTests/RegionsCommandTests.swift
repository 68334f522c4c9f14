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
