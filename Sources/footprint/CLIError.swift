import Footprint

/// Everything that ends a command with a failure, and its exit code (sysexits).
enum CLIError: Error {
    /// Bad arguments: exit 64.
    case usage(String)
    /// A job that cannot be estimated: 64 for a bad value, 65 for an unknown name or bad data.
    case job(JobError)
    /// A broken data table (built-in or `--data`): exit 65.
    case data(DataError)
    /// An input file that cannot be read: exit 66.
    case unreadable(path: String, reason: String)
    /// An output file that cannot be written: exit 73 (EX_CANTCREAT).
    case unwritable(path: String, reason: String)
    /// Some batch rows failed; the good ones were written: exit 65.
    case rowsFailed(Int)

    /// The process exit code.
    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case let .job(error): error.reason == .usage ? 64 : 65
        case .data, .rowsFailed: 65
        case .unreadable: 66
        case .unwritable: 73
        }
    }

    /// The message for stderr, naming the flag where there is one.
    var message: String {
        switch self {
        case let .usage(message): message
        case let .job(error): error.field.map { "--\($0.name): \(error.message)" } ?? error.message
        case let .data(error): error.description
        case let .unreadable(path, reason): "cannot read '\(path)': \(reason)"
        case let .unwritable(path, reason): "cannot write '\(path)': \(reason)"
        case let .rowsFailed(count): "\(count) row\(count == 1 ? "" : "s") failed"
        }
    }
}
