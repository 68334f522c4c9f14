/// A name that does not denote exactly one catalog entry.
public enum LookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No entry has this name; `suggestions` are the closest names.
    case unknown(kind: String, name: String, suggestions: [String])
    /// Several entries match; `candidates` lists them.
    case ambiguous(kind: String, name: String, candidates: [String])

    /// A message with the suggestions, as "did you mean 'X'?".
    public var description: String {
        switch self {
        case let .unknown(kind, name, suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(Self.quotedList(suggestions))?"
            return "unknown \(kind) '\(name)'\(hint)"
        case let .ambiguous(kind, name, candidates):
            return "\(kind) '\(name)' is ambiguous; did you mean \(Self.quotedList(candidates))?"
        }
    }

    private static func quotedList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}
