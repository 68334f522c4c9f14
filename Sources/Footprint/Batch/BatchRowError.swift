/// A batch row that could not be estimated: where it is, which column and value were at
/// fault, and the job error behind it (with the catalog's candidates when a name failed).
public struct BatchRowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line where the row starts.
    public let line: Int
    /// The header name of the column at fault; nil when no column gives the field at fault
    /// (the value came from the defaults) or the fault is the row's shape (its quoting or
    /// its number of fields).
    public let column: String?
    /// The cell of `column` as read, if the row has one.
    public let value: String?
    /// The error of the job the row describes.
    public let error: JobError
    /// The message, naming the column and value: "column 'gpus': 'x' is not a whole number".
    public let message: String

    /// The field at fault, if any.
    public var field: JobField? { error.field }

    /// The lookup failure behind an unknown or ambiguous name, with its candidates.
    public var lookup: LookupError? { error.lookup }

    /// `line 3: column 'gpus': 'x' is not a whole number`.
    public var description: String { "line \(line): \(message)" }

    /// An error of the row on `line`.
    init(line: Int, column: String? = nil, value: String? = nil, error: JobError, message: String? = nil) {
        self.line = line
        self.column = column
        self.value = value
        self.error = error
        self.message = message ?? error.description
    }

    /// The same error with its line counted `lines` further on (a part of a file estimated
    /// apart counts its lines from its own start).
    func moved(by lines: Int) -> BatchRowError {
        BatchRowError(line: line + lines, column: column, value: value, error: error, message: message)
    }
}
