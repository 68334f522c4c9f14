/// A job that cannot be estimated: a bad value, a missing input, or a name the catalog
/// does not know. `field` names the option or column at fault, when there is one.
public struct JobError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why a job was refused.
    public enum Reason: Sendable, Equatable {
        /// A value out of range or of the wrong form, a missing or conflicting input.
        case usage
        /// A name the catalog does not know, or knows more than once.
        case unknownName
        /// A fault in the data tables.
        case data
    }

    /// The input at fault.
    public let field: JobField?
    /// What is wrong, with suggestions where there are some.
    public let message: String
    /// The kind of fault.
    public let reason: Reason
    /// The lookup failure behind an unknown or ambiguous name, with its candidates.
    public let lookup: LookupError?

    /// An error about `field`.
    public init(field: JobField?, message: String, reason: Reason = .usage) {
        self.field = field
        self.message = message
        self.reason = reason
        self.lookup = nil
    }

    /// A lookup failure of `field`.
    public init(field: JobField, _ lookup: LookupError) {
        self.field = field
        self.message = lookup.description
        self.reason = .unknownName
        self.lookup = lookup
    }

    /// The message, prefixed with the field name when there is one.
    public var description: String {
        field.map { "\($0.name): \(message)" } ?? message
    }
}
