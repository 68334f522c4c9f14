import Foundation
import Testing
@testable import footprint

/// `footprint batch --from sacct`: the sample's rows, errors on the sacct lines, and usage errors.
struct SacctCommandTests {
    /// `Tests/Fixtures/sacct/<name>`, found from this file's path.
    func fixture(_ name: String) -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/sacct/\(name)").path
    }

    @Test func sampleGivesOneRowPerJobAndNamesTheSacctLine() {
        let run = runCLI(["batch", "--from", "sacct", fixture("sacct.txt"), "--partition-map", fixture("partitions.csv")])
        #expect(run.code == 65)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines.first?.hasPrefix("job_id,job_name,partition,state,nodes,elapsed,hardware,gpus,cores,memory_gb,cpu,location,pue,site,") == true)
        #expect(run.err.contains("sacct.txt:20: error: column 'elapsed': 'Unknown' is not a duration"))
        #expect(run.err.contains("rows: 8, ok: 7, errors: 1, energy: 229.854 kWh"))
    }

    @Test func theExampleRunsClean() {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let examples = url.appendingPathComponent("Examples").path
        let run = runCLI(["batch", "--from", "sacct", examples + "/sacct.txt", "--partition-map", examples + "/partitions.csv"])
        #expect(run.code == 0)
        #expect(run.out.split(separator: "\n").count == 7)
    }

    @Test func usageErrors() {
        let sample = fixture("sacct.txt")
        #expect(runCLI(["batch", "--from", "slurm", sample]).code == 64)
        #expect(runCLI(["batch", sample, "--partition-map", fixture("partitions.csv")]).code == 64)
        let hours = runCLI(["batch", "--from", "sacct", sample, "--hours", "2"])
        #expect(hours.code == 64)
        #expect(hours.err.contains("--hours: is not taken with sacct records"))
        #expect(runCLI(["batch", "--from", "sacct", sample, "--partition-map", fixture("missing.csv")]).code == 66)
    }
}
