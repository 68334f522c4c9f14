import Dispatch
import Testing
@preconcurrency import Glibc
@testable import footprint

/// `--output`: what is replaced atomically, what is written straight through, and that
/// nothing is left behind or lost on failures and signals.
@Suite(.serialized) struct OutputSafetyTests {
    let jobs = TestFiles.jobs(rows: 3)

    /// Runs `batch` on `jobs` with `--output path`.
    func batch(to path: String, in directory: String) -> CLIRun {
        TestFiles.write(jobs, to: directory + "/jobs.csv")
        return runCLI(["batch", directory + "/jobs.csv", "--output", path])
    }

    @Test func aSymlinkIsFollowedAndItsTargetReplacedKeepingMode0600() throws {
        let directory = TestFiles.directory()
        TestFiles.write("old\n", to: directory + "/real.csv")
        chmod(directory + "/real.csv", 0o600)
        symlink("real.csv", directory + "/link.csv")
        let run = batch(to: directory + "/link.csv", in: directory)
        #expect(run.code == 0)
        #expect(TestFiles.status(directory + "/link.csv").st_mode & S_IFMT == S_IFLNK)
        #expect(TestFiles.read(directory + "/real.csv").hasPrefix("hardware,hours,location,hardware_id"))
        #expect(TestFiles.status(directory + "/real.csv").st_mode & 0o7777 == 0o600)
        #expect(try FileSystem().list(directory) == ["jobs.csv", "link.csv", "real.csv"])
    }

    @Test func aFileOfMode0600IsReplacedKeepingMode0600() throws {
        let directory = TestFiles.directory()
        TestFiles.write("old\n", to: directory + "/out.csv")
        chmod(directory + "/out.csv", 0o600)
        #expect(batch(to: directory + "/out.csv", in: directory).code == 0)
        #expect(TestFiles.read(directory + "/out.csv").hasPrefix("hardware,hours,location,hardware_id"))
        #expect(TestFiles.status(directory + "/out.csv").st_mode & 0o7777 == 0o600)
        #expect(try FileSystem().list(directory) == ["jobs.csv", "out.csv"])
    }

    @Test func moreFailuresThanMaxErrorsStillWriteEveryRow() {
        let directory = TestFiles.directory()
        let good = "A100 SXM4 80GB,1,FR\n", bad = "A100 SXM9,1,FR\n"
        TestFiles.write("hardware,hours,location\n" + String(repeating: good + bad + bad, count: 4), to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv", "--max-errors", "2", "--output", directory + "/out.csv"])
        #expect(run.code == 65)
        #expect(run.err.contains("rows: 12, ok: 4, errors: 8"))
        let rows = TestFiles.read(directory + "/out.csv").split(separator: "\n").dropFirst()
        #expect(run.err.contains("… and 6 more row errors"))
        // Every row, in input order, each with its own status.
        let statuses = rows.map { $0.contains(",ok,") ? "ok" : $0.contains(",error,") ? "error" : "?" }
        #expect(statuses == Array(repeating: ["ok", "error", "error"], count: 4).flatMap { $0 })
        #expect(rows.allSatisfy { $0.hasPrefix("A100 SXM4 80GB,") == $0.contains(",ok,") })
    }

    @Test func aDanglingSymlinkCreatesItsTarget() {
        let directory = TestFiles.directory()
        symlink("new.csv", directory + "/link.csv")
        #expect(batch(to: directory + "/link.csv", in: directory).code == 0)
        #expect(TestFiles.status(directory + "/link.csv").st_mode & S_IFMT == S_IFLNK)
        #expect(TestFiles.read(directory + "/new.csv").contains(",ok,"))
    }

    @Test func aFIFOIsWrittenThroughNotReplaced() {
        let directory = TestFiles.directory()
        let fifo = directory + "/fifo"
        mkfifo(fifo, 0o644)
        final class Received: @unchecked Sendable { var text = "" }
        let received = Received(), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            received.text = TestFiles.read(fifo)
            done.signal()
        }
        let run = batch(to: fifo, in: directory)
        done.wait()
        #expect(run.code == 0)
        #expect(TestFiles.status(fifo).st_mode & S_IFMT == S_IFIFO)
        #expect(received.text.split(separator: "\n").count == 4)
    }

    @Test func aCharacterDeviceIsWrittenThroughNotReplaced() throws {
        let directory = TestFiles.directory()
        // A null device of our own where we may create one (as root), else /dev/null itself.
        let nullDevice = dev_t(1 << 8 | 3)   // major 1, minor 3
        let device = mknod(directory + "/null", S_IFCHR | 0o666, nullDevice) == 0 ? directory + "/null" : "/dev/null"
        let run = batch(to: device, in: directory)
        #expect(run.code == 0)
        #expect(TestFiles.status(device).st_mode & S_IFMT == S_IFCHR)
        #expect(TestFiles.read(device).isEmpty)
        #expect(try FileSystem().list(directory).allSatisfy { $0 == "jobs.csv" || $0 == "null" })
    }

    @Test func aUnixSocketIsConnectedToNotReplaced() {
        let directory = TestFiles.directory(), path = directory + "/socket"
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0 && listen(listener, 1) == 0)
        final class Received: @unchecked Sendable { var text = "" }
        let received = Received(), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let connection = accept(listener, nil, nil)
            received.text = TestFiles.readAll(connection)
            close(connection)
            done.signal()
        }
        let run = batch(to: path, in: directory)
        done.wait()
        close(listener)
        #expect(run.code == 0)
        #expect(TestFiles.status(path).st_mode & S_IFMT == S_IFSOCK)
        #expect(received.text.split(separator: "\n").count == 4)
    }

    @Test func dashAndDevStdoutWriteToStandardOutput() {
        let directory = TestFiles.directory()
        for path in ["-", "/dev/stdout"] {
            let run = batch(to: path, in: directory)
            #expect(run.code == 0)
            #expect(run.out.split(separator: "\n").count == 4)
        }
    }

    @Test func aNewFileGetsTheUmaskMode() {
        let directory = TestFiles.directory()
        let mask = umask(0o027)
        defer { umask(mask) }
        #expect(batch(to: directory + "/out.csv", in: directory).code == 0)
        #expect(TestFiles.status(directory + "/out.csv").st_mode & 0o7777 == 0o640)
    }

    @Test func aReadOnlyDirectoryExits73AndLeavesNothing() throws {
        let directory = TestFiles.directory(), target = directory + "/ro"
        mkdir(target, 0o555)
        // Root writes through permissions: a read-only mount stops it.
        let mounted = geteuid() == 0 && TestFiles.mountTmpfs(on: target, size: 1 << 16, readOnly: true)
        defer { if mounted { umount2(target, 0) } }
        if geteuid() == 0, !mounted { return }
        let run = batch(to: target + "/out.csv", in: directory)
        #expect(run.code == 73)
        #expect(run.err.contains("cannot write '\(target)/out.csv'"))
        #expect(try FileSystem().list(target).isEmpty)
    }

    @Test func aFullDiskExits73AndLeavesTheOldFileUntouched() throws {
        let directory = TestFiles.directory(), disk = directory + "/disk"
        mkdir(disk, 0o755)
        guard TestFiles.mountTmpfs(on: disk, size: 1 << 16) else { return }
        defer { umount2(disk, 0) }
        TestFiles.write("old\n", to: disk + "/out.csv")
        TestFiles.write(TestFiles.jobs(rows: 20_000), to: directory + "/jobs.csv")
        let run = runCLI(["batch", directory + "/jobs.csv", "--output", disk + "/out.csv"])
        #expect(run.code == 73)
        #expect(run.err.contains("No space left on device (nothing was replaced: '\(disk)/out.csv' is as it was)"))
        #expect(TestFiles.read(disk + "/out.csv") == "old\n")
        #expect(try FileSystem().list(disk) == ["out.csv"])
    }

    @Test(.enabled(if: TestFiles.binary != nil)) func aClosedStdoutPipeEndsQuietly() {
        let directory = TestFiles.directory()
        TestFiles.write(TestFiles.jobs(rows: 50_000), to: directory + "/big.csv")
        let child = Child(TestFiles.binary!, ["batch", directory + "/big.csv"])
        close(child.output)   // as `| head -0` would
        let code = child.wait()
        #expect(code == 0 || code == 128 + SIGPIPE)
        #expect(child.readErrors().isEmpty)
    }

    @Test(.enabled(if: TestFiles.binary != nil), arguments: [SIGINT, SIGTERM, SIGPIPE])
    func aSignalLeavesNoTemporaryFileAndTheOldFileUntouched(signal: Int32) throws {
        let directory = TestFiles.directory()
        TestFiles.write("old\n", to: directory + "/out.csv")
        let child = Child(TestFiles.binary!, ["batch", "-", "--output", directory + "/out.csv"])
        // More than the first look at the input, so that the output file is open; then the
        // input stays open and the command waits for more.
        child.feed(TestFiles.jobs(rows: 5_000))
        var waited = 0
        while try FileSystem().list(directory).count < 2, waited < 500 {
            usleep(10_000)
            waited += 1
        }
        #expect(try FileSystem().list(directory).count == 2)
        kill(child.pid, signal)
        #expect(child.wait() == 128 + signal)
        close(child.input)
        #expect(try FileSystem().list(directory) == ["out.csv"])
        #expect(TestFiles.read(directory + "/out.csv") == "old\n")
    }
}
