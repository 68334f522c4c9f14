/// A fault in a data table (built-in or a user overlay), located by file, line and column.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The table's file name.
    public let file: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column (field number), when the fault is in one field.
    public let column: Int?
    /// What is wrong, naming the column and value.
    public let message: String

    /// A fault at `file:line[:column]`.
    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, as compilers print it.
    public var description: String {
        "\(file):\(line)\(column.map { ":\($0)" } ?? ""): \(message)"
    }
}
