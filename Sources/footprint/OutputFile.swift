@preconcurrency import Glibc

/// Where `--output` goes, written so that nothing is lost and nothing is overwritten by
/// accident: a regular file (or a new path) is replaced atomically, after a symbolic link
/// is followed to its target; a character device, FIFO or socket is written straight
/// through and never replaced; `-` and `/dev/stdout` mean standard output (nil here).
protocol OutputFile: AnyObject {
    /// The path as given.
    var path: String { get }
    /// Appends `bytes`.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(CLIError)
    /// Completes the output: for a replaced file, moves it into place.
    func commit() throws(CLIError)
    /// Abandons the output; a replaced file is left as it was.
    func discard()
}

extension OutputFile {
    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws(CLIError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(CLIError) in try write(bytes) }
    }
}

/// Opens `--output` paths.
enum OutputFiles {
    /// The output for `path`, or nil for standard output (`-`, `/dev/stdout`).
    static func open(_ path: String) throws(CLIError) -> (any OutputFile)? {
        if path == "-" || path == "/dev/stdout" { return nil }
        let target = try resolvingLinks(path)
        var status = stat()
        guard lstat(target, &status) == 0 else {
            guard errno == ENOENT else { throw .unwritable(path: path, reason: FileSystem.lastError()) }
            return try AtomicFile(path: path, target: target, existing: nil)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return try AtomicFile(path: path, target: target, existing: status)
        case S_IFCHR, S_IFIFO, S_IFSOCK: return try DirectFile(path: path, target: target, isSocket: status.st_mode & S_IFMT == S_IFSOCK)
        case S_IFDIR: throw .unwritable(path: path, reason: "it is a directory")
        default: throw .unwritable(path: path, reason: "it is neither a regular file nor a device, FIFO or socket")
        }
    }

    /// `path` with every symbolic link in its last component followed (a dangling link
    /// gives the path it points to, which will be created).
    static func resolvingLinks(_ path: String) throws(CLIError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw .unwritable(path: path, reason: FileSystem.lastError()) }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : directory(of: current) + "/" + link
        }
        throw .unwritable(path: path, reason: "too many levels of symbolic links")
    }

    /// The directory part of `path` (`.` for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
