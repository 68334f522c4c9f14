@preconcurrency import Glibc

/// A file written under a temporary name beside its destination and renamed into place
/// only when complete, so a failed run never leaves a half-written file.
final class AtomicFile {
    /// The destination path.
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32

    /// Creates the temporary file.
    init(path: String) throws(CLIError) {
        self.path = path
        self.temporaryPath = path + ".footprint-\(getpid()).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: FileSystem.lastError()) }
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws(CLIError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .unwritable(path: path, reason: FileSystem.lastError())
            }
            offset += written
        }
    }

    /// Closes the file and moves it to its destination.
    func commit() throws(CLIError) {
        guard close(descriptor) == 0, rename(temporaryPath, path) == 0 else {
            let reason = FileSystem.lastError()
            unlink(temporaryPath)
            throw .unwritable(path: path, reason: reason)
        }
        descriptor = -1
    }

    /// Removes the temporary file; the destination is left as it was.
    func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
    }
}
