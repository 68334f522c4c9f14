import Testing
@preconcurrency import Glibc
@testable import footprint

/// `footprint batch`: exit codes, stderr report and atomic output files.
struct BatchCommandTests {
    /// A fresh temporary directory.
    func temporaryDirectory() -> String {
        var template = Array("/tmp/footprint-test-XXXXXX".utf8CString)
        return String(cString: mkdtemp(&template)!)
    }

    func write(_ text: String, to path: String) {
        let file = fopen(path, "w")!
        fputs(text, file)
        fclose(file)
    }

    func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Runs `footprint batch` on a new file holding `csv`, with `--location FR`.
    func runBatchInFrance(_ csv: String) -> CLIRun {
        let path = temporaryDirectory() + "/jobs.csv"
        write(csv, to: path)
        return runCLI(["batch", path, "--location", "FR"])
    }

    @Test func allGoodRowsExit0AndWriteTheOutputFile() throws {
        let directory = temporaryDirectory()
        write("hardware,count,hours\nA100 SXM4 80GB,8,72\n", to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv", "--region", "aws:us-east-1", "--basis", "direct", "--output", directory + "/out.csv"])
        #expect(run.code == 0)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("rows: 1, ok: 1, errors: 0"))
        let output = String(decoding: try FileSystem().read(directory + "/out.csv"), as: UTF8.self)
        #expect(output.hasPrefix("hardware,count,hours,hardware_id,cpu_id,location_id,energy_kwh,co2e_kg,intensity_g_per_kwh,pue,status,error\n"))
        #expect(output.contains(",nvidia-a100-sxm4-80gb,,aws:us-east-1,264.96,71.6690304,270.49,1.15,ok,"))
    }

    @Test func columnsThatLookMeantForACountAreNoted() {
        let run = runBatchInFrance("gpu,gpu_cnt,hours,nodes\nA100 SXM4 80GB,8,72,2\n")
        #expect(run.code == 0)
        #expect(run.err.contains("note: columns not used (passed through unchanged): 'gpu_cnt' (looks like count, which no column or option gives), 'nodes' (count is the devices of the whole job"))
        #expect(!runBatchInFrance("gpu,gpus,hours\nA100 SXM4 80GB,8,72\n").err.contains("note: columns"))
    }

    @Test func resultColumnsNamedLikeInputColumnsAreRenamedAndNoted() {
        let run = runBatchInFrance("gpu,hours,pue,status\nA100 SXM4 80GB,72,1.2,queued\n")
        #expect(run.code == 0)
        #expect(run.out.hasPrefix("gpu,hours,pue,status,hardware_id,cpu_id,location_id,energy_kwh,co2e_kg,intensity_g_per_kwh,footprint_pue,footprint_status,error\n"))
        #expect(run.err.contains("note: the input has columns named like result columns, so the results are written as footprint_pue, footprint_status\n"))
    }

    @Test func badRowsExit65ReportedWithFileAndLine() {
        let directory = temporaryDirectory()
        write("hardware,hours\nA100 SXM4 80GB,1\nA100 SXM9,1\nA100 SXM4 80GB,-1\n", to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv", "--max-errors", "1"])
        #expect(run.code == 65)
        #expect(run.err.contains("/jobs.csv:3: error: column 'hardware': unknown hardware 'A100 SXM9'"))
        #expect(run.err.contains("… and 1 more row errors"))
        #expect(run.err.contains("rows: 3, ok: 1, errors: 2"))
        #expect(run.out.split(separator: "\n").count == 4)
    }

    @Test func unreadableInputExits66AndLeavesNoOutputFile() {
        let directory = temporaryDirectory()
        let run = runCLI(["batch", directory + "/missing.csv", "--output", directory + "/out.csv"])
        #expect(run.code == 66)
        #expect(!exists(directory + "/out.csv"))
    }

    @Test func failedRunLeavesNoFile() {
        let directory = temporaryDirectory()
        write("gpu,hardware\nA,B\n", to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv", "--output", directory + "/out.csv"])
        #expect(run.code == 65)
        #expect(!exists(directory + "/out.csv"))
        #expect((try? FileSystem().list(directory)) == ["jobs.csv"])
    }

    @Test func missingFileArgumentIsAUsageError() {
        #expect(runCLI(["batch"]).code == 64)
    }
}
