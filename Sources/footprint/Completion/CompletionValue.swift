/// What a shell offers for the value of an option, or for a verb's first positional
/// argument, read from the same tables as `--help`.
enum CompletionValue: Equatable {
    /// Nothing: the option is a flag and takes no value.
    case flag
    /// Free text (a number, a duration, a search): nothing to offer.
    case text
    /// One of these words.
    case choices([String])
    /// A file path.
    case file
    /// A directory path.
    case directory
    /// A catalog name, listed when completing by `footprint completions --list KIND`.
    case catalog(CatalogWords.Kind)

    /// What the value of `option` completes to: catalog names for the options that name
    /// hardware or places (`--hardware`, `--cpu`, `--region`, `--location`, `--instance`),
    /// otherwise what its value name says (see `init(placeholders:)`).
    init(_ option: OptionSpec) {
        guard let valueName = option.valueName else {
            self = .flag
            return
        }
        if let kind = CatalogWords.Kind(rawValue: option.name) {
            self = .catalog(kind)
        } else {
            self.init(placeholders: valueName.split(separator: "|").map(String.init))
        }
    }

    /// What the first positional argument of a verb with `usage` completes to: the first
    /// word of each alternative of the usage line (alternatives are separated by ` | ` outside
    /// brackets), read as a value name; text when the usage starts with an option or an
    /// optional `[ARGUMENT]`. So `FILE|- ...` is a file, `sql ... | csv DIR` the words `sql`
    /// and `csv`, `bash|zsh|fish | --list ...` the shells.
    init(usage: String) {
        let firstWords = Self.alternatives(of: usage).compactMap { $0.split(separator: " ").first }
            .filter { !$0.hasPrefix("-") && !$0.hasPrefix("[") }
        guard !firstWords.isEmpty else {
            self = .text
            return
        }
        self.init(placeholders: firstWords.flatMap { $0.split(separator: "|").map(String.init) })
    }

    /// What a value written as `placeholders` (a value name split at `|`) completes to: a
    /// path for `FILE` or `DIR`, the words themselves when none has a capital letter
    /// (`latex|markdown`, `sacct`), otherwise text (`N`, `NAME`, `PROVIDER:REGION`).
    private init(placeholders: [String]) {
        if placeholders.contains("FILE") {
            self = .file
        } else if placeholders.contains("DIR") {
            self = .directory
        } else if placeholders.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isUppercase) }) {
            self = .choices(placeholders)
        } else {
            self = .text
        }
    }

    /// The alternatives of `usage`: its parts between the `|` characters that stand between
    /// spaces and outside brackets.
    private static func alternatives(of usage: String) -> [String] {
        var parts = [""], depth = 0, previous: Character = " "
        for character in usage {
            switch character {
            case "[": depth += 1
            case "]": depth -= 1
            default: break
            }
            if character == "|", depth == 0, previous == " " {
                parts.append("")
            } else {
                parts[parts.count - 1].append(character)
            }
            previous = character
        }
        return parts.map { $0.trimmingCharacters() }
    }
}
