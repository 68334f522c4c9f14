@preconcurrency import Glibc

/// Reading files and directories through the C library, with errors that name the path.
struct FileSystem {
    /// The whole content of `path`, or of standard input for `-`.
    func read(_ path: String) throws(CLIError) -> [UInt8] {
        let input = try open(path)
        defer { input.close() }
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = try input.read(into: chunk)
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// An open input: a file, or standard input for `-`.
    func open(_ path: String) throws(CLIError) -> InputFile {
        let descriptor = path == "-" ? 0 : Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: Self.lastError()) }
        return InputFile(path: path, descriptor: descriptor)
    }

    /// The names of the regular entries of `directory`, sorted.
    func list(_ directory: String) throws(CLIError) -> [String] {
        guard let handle = opendir(directory) else { throw .unreadable(path: directory, reason: Self.lastError()) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Writes all of `bytes` to `descriptor`; returns the error's text if it fails.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return lastError()
            }
            offset += written
        }
        return nil
    }

    /// The text of the C library's last error.
    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// An open file descriptor to read from, whose first bytes can be looked at before they
/// are read (see `peek`).
final class InputFile {
    /// The path, or `-` for standard input.
    let path: String
    let descriptor: Int32
    /// Bytes taken by `peek` and not yet read.
    private var peeked: ArraySlice<UInt8> = []

    init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Up to `count` first bytes of the input (fewer only at its end), which later reads
    /// still return.
    func peek(_ count: Int) throws(CLIError) -> [UInt8] {
        var bytes = Array(peeked)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
        defer { chunk.deallocate() }
        while bytes.count < count {
            let read = try readDescriptor(into: UnsafeMutableRawBufferPointer(rebasing: chunk[0..<(count - bytes.count)]))
            if read == 0 { break }
            bytes.append(contentsOf: chunk[0..<read])
        }
        peeked = bytes[...]
        return bytes
    }

    /// Reads into `buffer`; returns the byte count, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CLIError) -> Int {
        guard !peeked.isEmpty else { return try readDescriptor(into: buffer) }
        let count = min(buffer.count, peeked.count)
        buffer.copyBytes(from: peeked.prefix(count))
        peeked = peeked.dropFirst(count)
        return count
    }

    private func readDescriptor(into buffer: UnsafeMutableRawBufferPointer) throws(CLIError) -> Int {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw .unreadable(path: path, reason: FileSystem.lastError()) }
        }
    }

    /// Closes the file (standard input stays open).
    func close() {
        if descriptor != 0 { _ = Glibc.close(descriptor) }
    }
}
