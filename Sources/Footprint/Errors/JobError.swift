/// A job that cannot be estimated: a bad value, a missing input, or a name the catalog
/// does not know. `field` names the option or column at fault, when there is one.
public struct JobError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input at fault.
    public let field: JobField?
    /// What is wrong, with suggestions where there are some.
    public let message: String

    /// An error about `field`.
    public init(field: JobField?, message: String) {
        self.field = field
        self.message = message
    }

    /// A lookup failure of `field`.
    public init(field: JobField, _ lookup: LookupError) {
        self.init(field: field, message: lookup.description)
    }

    /// The message, prefixed with the field name when there is one.
    public var description: String {
        field.map { "\($0.name): \(message)" } ?? message
    }
}
