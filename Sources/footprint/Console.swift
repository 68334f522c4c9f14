@preconcurrency import Glibc

/// Where the command writes text.
protocol TextSink: AnyObject {
    /// Appends `text`.
    func write(_ text: String)
    /// Appends UTF-8 `bytes`.
    func write(bytes: UnsafeBufferPointer<UInt8>)
    /// Pushes buffered text out.
    func flush()
}

/// A sink on a file descriptor with a 64 KB buffer.
final class FileDescriptorSink: TextSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    func write(bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count > 1 << 16 { flush() }
        // A large block (a batch's chunk of output) goes out as it is, not through the buffer.
        if bytes.count >= 1 << 16 { send(bytes) } else { buffer.append(contentsOf: bytes) }
    }

    func flush() {
        buffer.withUnsafeBufferPointer { send($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to the descriptor (what it refuses is dropped: a closed pipe ends the
    /// command with SIGPIPE).
    private func send(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { if errno == EINTR { continue } else { break } }
            offset += written
        }
    }

    deinit { flush() }
}

/// A sink that keeps what is written, for tests.
final class StringSink: TextSink {
    private(set) var text = ""
    func write(_ text: String) { self.text += text }
    func write(bytes: UnsafeBufferPointer<UInt8>) { text += String(decoding: bytes, as: UTF8.self) }
    func flush() {}
}

/// The command's surroundings: its output streams, environment, terminal and files.
struct Console {
    /// Results.
    let out: TextSink
    /// Diagnostics.
    let err: TextSink
    /// Environment variables.
    let environment: [String: String]
    /// Whether stdout is a terminal (tables may use colour and bars).
    let outIsTerminal: Bool
    /// Whether stderr is a terminal (progress lines).
    let errIsTerminal: Bool
    /// The file system.
    let files: FileSystem

    /// The process's own stdout, stderr, environment and file system.
    static func standard() -> Console {
        var environment: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                environment[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return Console(
            out: FileDescriptorSink(descriptor: 1), err: FileDescriptorSink(descriptor: 2), environment: environment,
            outIsTerminal: isatty(1) == 1, errIsTerminal: isatty(2) == 1, files: FileSystem())
    }

    /// Flushes both streams.
    func flush() {
        out.flush()
        err.flush()
    }
}
