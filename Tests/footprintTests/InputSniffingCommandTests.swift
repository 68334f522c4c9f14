import Testing
@preconcurrency import Glibc
@testable import footprint

/// Bad inputs stop `batch`, `when --series` and `--data` before any row: exit 65, one
/// message, no output file.
struct InputSniffingCommandTests {
    let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C]

    /// Writes `bytes` to `path`.
    func write(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeBufferPointer { FileSystem.writeAll($0, to: descriptor) }
        close(descriptor)
    }

    @Test func compressedBatchInputExits65WithNoOutputFile() throws {
        let directory = TestFiles.directory()
        write(gzip, to: directory + "/jobs.csv.gz")
        let run = runCLI(["batch", directory + "/jobs.csv.gz", "--output", directory + "/out.csv"])
        #expect(run.code == 65)
        #expect(run.err == "footprint batch: error: \(directory)/jobs.csv.gz:1: compressed input (gzip): decompress it first "
            + "(e.g. `gunzip -c FILE | footprint batch -`)\n")
        #expect(try FileSystem().list(directory) == ["jobs.csv.gz"])
    }

    @Test func anUnknownBatchHeaderIsOneMessageNotAnErrorPerRow() throws {
        let directory = TestFiles.directory()
        write(Array("gpu_name,runtime\nA100,1\nA100,2\n".utf8), to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv", "--output", directory + "/out.csv"])
        #expect(run.code == 65)
        #expect(run.err.split(separator: "\n").count == 1)
        #expect(run.err.contains("the header names no column footprint knows: 'gpu_name', 'runtime'"))
        #expect(try FileSystem().list(directory) == ["jobs.csv"])
    }

    @Test func binarySeriesAndUTF16DataTablesExit65() {
        let directory = TestFiles.directory()
        write(Array("timestamp,zone,intensity_g_per_kwh\n".utf8) + [0, 0, 0], to: directory + "/series.csv")
        let series = runCLI(["when", "--series", directory + "/series.csv", "--power", "100", "--hours", "1"])
        #expect(series.code == 65)
        #expect(series.err.contains("series.csv:1: not a text CSV file"))
        mkdir(directory + "/data", 0o755)
        write([0xFF, 0xFE, 0x68, 0x00], to: directory + "/data/hardware.csv")
        let data = runCLI(["estimate", "--data", directory + "/data", "--power", "100", "--hours", "1", "--location", "FR"])
        #expect(data.code == 65)
        #expect(data.err.contains("hardware.csv:1: the file is UTF-16LE text: convert it to UTF-8 first (e.g. `iconv -f UTF-16LE -t UTF-8 FILE > hardware.csv`)"))
    }
}
