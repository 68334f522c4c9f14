import Dispatch
@preconcurrency import Glibc
@testable import footprint

/// Files, directories, mounts and child processes for the output-safety tests.
enum TestFiles {
    /// A fresh temporary directory.
    static func directory() -> String {
        var template = Array("/tmp/footprint-safety-XXXXXX".utf8CString)
        return String(cString: mkdtemp(&template)!)
    }

    /// Writes `text` to `path`.
    static func write(_ text: String, to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = Array(text.utf8).withUnsafeBufferPointer { FileSystem.writeAll($0, to: descriptor) }
        close(descriptor)
    }

    /// The content of `path` as text.
    static func read(_ path: String) -> String {
        String(decoding: (try? FileSystem().read(path)) ?? [], as: UTF8.self)
    }

    /// Everything read from `descriptor` until its end.
    static func readAll(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 4096)
        while case let count = Glibc.read(descriptor, &chunk, chunk.count), count > 0 { bytes += chunk[0..<count] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The `lstat` of `path`.
    static func status(_ path: String) -> stat {
        var status = stat()
        lstat(path, &status)
        return status
    }

    /// A batch file of `rows` good rows (about 24 bytes each).
    static func jobs(rows: Int) -> String {
        "hardware,hours,location\n" + String(repeating: "A100 SXM4 80GB,2,FR\n", count: rows)
    }

    /// Mounts a tmpfs of `size` bytes on `directory` (read-only if asked); false when the
    /// process may not mount (not root).
    static func mountTmpfs(on directory: String, size: Int, readOnly: Bool = false) -> Bool {
        mount("tmpfs", directory, "tmpfs", readOnly ? UInt(MS_RDONLY) : 0, "size=\(size)") == 0
    }

    /// The built `footprint` binary beside the test bundle, if there is one.
    static var binary: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let exe = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let path = OutputFiles.directory(of: exe) + "/footprint"
        return access(path, X_OK) == 0 ? path : nil
    }
}

/// A child `footprint` process with pipes on its standard streams.
final class Child: @unchecked Sendable {
    let pid: pid_t
    /// The parent's ends: write to the child's stdin, read its stdout and stderr.
    let input: Int32, output: Int32, errors: Int32

    /// Starts `footprint arguments`.
    init(_ binary: String, _ arguments: [String]) {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        pipe(&stdinPipe); pipe(&stdoutPipe); pipe(&stderrPipe)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        for descriptor in stdinPipe + stdoutPipe + stderrPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        // Test threads block and ignore signals; the child starts as a shell would start it.
        var attributes = posix_spawnattr_t(), empty = sigset_t(), all = sigset_t()
        posix_spawnattr_init(&attributes)
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        posix_spawn(&pid, binary, &actions, &attributes, argv, environ)
        posix_spawnattr_destroy(&attributes)
        argv.forEach { free($0) }
        posix_spawn_file_actions_destroy(&actions)
        close(stdinPipe[0]); close(stdoutPipe[1]); close(stderrPipe[1])
        self.pid = pid
        (input, output, errors) = (stdinPipe[1], stdoutPipe[0], stderrPipe[0])
    }

    /// Writes `text` to the child's stdin on another thread, leaving it open.
    func feed(_ text: String) {
        let bytes = Array(text.utf8), descriptor = input
        DispatchQueue.global().async { _ = bytes.withUnsafeBufferPointer { FileSystem.writeAll($0, to: descriptor) } }
    }

    /// Everything left on the child's stderr (after it has exited or closed it).
    func readErrors() -> String { TestFiles.readAll(errors) }

    /// Waits for the child; returns its exit code, or 128 + the signal that ended it.
    func wait() -> Int32 {
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
