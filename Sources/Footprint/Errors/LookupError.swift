/// A name that does not denote exactly one catalog entry of the kind asked for, with the
/// entries the user may have meant.
public struct LookupError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// Why the name was not taken.
    public enum Problem: String, Sendable, Codable {
        /// No entry of the kind asked for has this name.
        case unknown
        /// Several entries match equally well.
        case ambiguous
    }

    /// An entry offered to the user: the exact name to paste and the figure that tells the
    /// candidates apart (watts for hardware, gCO2e/kWh for places).
    public struct Candidate: Sendable, Equatable, Codable, CustomStringConvertible {
        /// The entry's id.
        public let id: String
        /// The name to paste.
        public let name: String
        /// The entry's main figure, such as 400.
        public let value: Double
        /// Its unit, such as `W` or `gCO2e/kWh`.
        public let unit: String

        /// A candidate.
        public init(id: String, name: String, value: Double, unit: String) {
            self.id = id
            self.name = name
            self.value = value
            self.unit = unit
        }

        /// `'A100 SXM4 80GB' (400 W)`.
        public var description: String { "'\(name)' (\(NumberFormat.readable(value)) \(unit))" }
    }

    /// What was looked up: `hardware`, `CPU`, `region` or `location`.
    public let kind: String
    /// The name as given.
    public let name: String
    /// Unknown or ambiguous.
    public let problem: Problem
    /// The candidates (ambiguous) or the closest names (unknown), best first.
    public let candidates: [Candidate]
    /// How many more candidates matched than are listed.
    public let more: Int
    /// Advice beyond the candidates, such as "it is a country: give it as location".
    public let hint: String?

    /// A lookup failure.
    public init(kind: String, name: String, problem: Problem, candidates: [Candidate], more: Int = 0, hint: String? = nil) {
        self.kind = kind
        self.name = name
        self.problem = problem
        self.candidates = candidates
        self.more = more
        self.hint = hint
    }

    /// The same failure with `hint` added.
    public func hinting(_ hint: String) -> LookupError {
        LookupError(kind: kind, name: name, problem: problem, candidates: candidates, more: more, hint: hint)
    }

    /// A message with the candidates, as "did you mean 'X' (400 W)?".
    public var description: String {
        let listed = Self.list(candidates) + (more > 0 ? " (and \(more) more)" : "")
        var message: String
        switch problem {
        case .unknown:
            message = "unknown \(kind) '\(name)'"
            if !candidates.isEmpty { message += "; did you mean \(listed)?" }
        case .ambiguous:
            message = "\(kind) '\(name)' is ambiguous; give one of \(listed)"
        }
        if let hint { message += " (\(hint))" }
        return message
    }

    private static func list(_ candidates: [Candidate]) -> String {
        let items = candidates.map(\.description)
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }
}
