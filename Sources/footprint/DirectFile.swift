@preconcurrency import Glibc

/// An output written straight through to a character device, FIFO or Unix socket, which
/// must never be replaced by a regular file (`/dev/null` stays a device).
final class DirectFile: OutputFile {
    let path: String
    private var descriptor: Int32

    /// Opens `target` (the resolved `path`) for writing, connecting to it if it is a socket.
    init(path: String, target: String, isSocket: Bool) throws(CLIError) {
        self.path = path
        descriptor = isSocket ? Self.connect(target) : Glibc.open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: FileSystem.lastError()) }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(CLIError) {
        if let reason = FileSystem.writeAll(bytes, to: descriptor) { throw .unwritable(path: path, reason: reason) }
    }

    func commit() throws(CLIError) {
        let result = close(descriptor)
        descriptor = -1
        guard result == 0 else { throw .unwritable(path: path, reason: FileSystem.lastError()) }
    }

    func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// A stream connection to the Unix socket at `path`, or -1 with `errno` set.
    private static func connect(_ path: String) -> Int32 {
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { return -1 }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(socket)
            errno = ENAMETOOLONG
            return -1
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else {
            let error = errno
            close(socket)
            errno = error
            return -1
        }
        return socket
    }
}
