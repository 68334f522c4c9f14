@preconcurrency import Glibc

/// A regular file replaced atomically: written under a temporary name in its directory,
/// with the mode (and, as root, the owner) of the file it replaces, flushed to disk, and
/// renamed over it only when complete. A failed run, a full disk or a signal never leaves
/// a half-written file, and never a temporary one (see `SignalCleanup`).
final class AtomicFile: OutputFile {
    let path: String
    /// The file replaced: `path` with symbolic links followed.
    private let target: String
    private let temporaryPath: String
    private var descriptor: Int32

    /// Creates the temporary file beside `target`; `existing` is the status of the file it
    /// will replace, or nil for a new one.
    init(path: String, target: String, existing: stat?) throws(CLIError) {
        self.path = path
        self.target = target
        let name = target.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? target
        guard let temporary = SignalCleanup.createTemporary(OutputFiles.directory(of: target) + "/." + name + ".footprint-XXXXXX") else {
            throw .unwritable(path: path, reason: FileSystem.lastError())
        }
        descriptor = temporary.descriptor
        temporaryPath = temporary.path
        if let existing {
            if geteuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            _ = fchmod(descriptor, 0o666 & ~mask)
        }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(CLIError) {
        if let reason = FileSystem.writeAll(bytes, to: descriptor) { throw failure(reason) }
        written += bytes.count
        if written - writebackStart >= 2 * Self.writebackWindow {
            // Starts writing the last window to disk now, while the rest is computed, so that
            // `commit`'s fsync has little left to wait for (1 s of 5.4 s for a 1.4 GB batch
            // output here); pages of the window before, written by now, leave the cache.
            _ = posix_fadvise(descriptor, off_t(writebackStart), off_t(written - writebackStart), POSIX_FADV_DONTNEED)
            writebackStart = written - Self.writebackWindow
        }
    }

    /// Bytes written so far.
    private var written = 0
    /// Where the range whose writeback was started last begins.
    private var writebackStart = 0
    /// The bytes written between two starts of writeback.
    private static let writebackWindow = 8 << 20

    func commit() throws(CLIError) {
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw failure(FileSystem.lastError()) }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw failure(FileSystem.lastError()) }
        guard rename(temporaryPath, target) == 0 else { throw failure(FileSystem.lastError()) }
        SignalCleanup.release()
    }

    func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
        SignalCleanup.release()
    }

    /// Discards the temporary file and says that the destination was left as it was.
    private func failure(_ reason: String) -> CLIError {
        discard()
        return .unwritable(path: path, reason: "\(reason) (nothing was replaced: '\(path)' is as it was)")
    }
}
