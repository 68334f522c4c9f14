import Footprint

/// `footprint completions bash|zsh|fish`: a shell completion script generated from the
/// verbs' option tables; `--list KIND` prints the catalog names the scripts offer.
enum CompletionsCommand: Command {
    /// The shells there is a script for.
    enum Shell: String, CaseIterable {
        /// Bash 4 or later (`complete -F`).
        case bash
        /// Zsh with compinit (`_arguments`).
        case zsh
        /// Fish 3 (`complete -c`).
        case fish

        /// The completion script for `verbs`.
        func script(_ verbs: [CompletionVerb]) -> String {
            switch self {
            case .bash: BashCompletion.script(verbs)
            case .zsh: ZshCompletion.script(verbs)
            case .fish: FishCompletion.script(verbs)
            }
        }
    }

    static let name = "completions"
    static let summary = "Print a shell completion script (bash, zsh or fish) for the commands, options and catalog names"
    static var usage: String {
        Shell.allCases.map(\.rawValue).joined(separator: "|") + " | --list " + list.valueName! + " [--data DIR]"
    }
    /// `--list KIND`.
    static let list = OptionSpec(
        name: "list", valueName: CatalogWords.Kind.allCases.map(\.rawValue).joined(separator: "|"),
        help: "print the names the scripts offer for --hardware, --cpu, --region, --location or --instance, one a line")
    static var options: [OptionSpec] { [list, .data] }
    static let maxPositionals = 1
    static let examples = [
        "footprint completions bash > /etc/bash_completion.d/footprint",
        "source <(footprint completions bash)",
        "footprint completions zsh > \"${fpath[1]}/_footprint\"",
        "footprint completions fish > ~/.config/fish/completions/footprint.fish",
        "footprint completions --list region",
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        if let kindName = arguments.values[list.name] {
            guard arguments.positionals.isEmpty else { throw .usage("give a shell or --list, not both") }
            guard let kind = CatalogWords.Kind(rawValue: kindName.lowercased()) else {
                throw .usage("--list: unknown kind '\(kindName)' (choose \(CatalogWords.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let catalog = try CatalogLoader.catalog(arguments, console: console)
            console.out.write(CatalogWords.words(kind, in: catalog).map { $0 + "\n" }.joined())
            return 0
        }
        let shells = Shell.allCases.map(\.rawValue)
        guard let name = arguments.positionals.first else { throw .usage("name the shell: \(shells.joined(separator: ", "))") }
        guard let shell = Shell(rawValue: name.lowercased()) else {
            let hint = Suggestions.closest(to: name, among: shells).first.map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("unknown shell '\(name)'\(hint) (choose \(shells.joined(separator: ", ")))")
        }
        console.out.write(shell.script(CompletionVerb.all))
        return 0
    }
}
