import Footprint

/// The command line: picks the verb, parses its options, runs it, and turns every error
/// into a message on stderr and an exit code, in this one place.
enum CLI {
    /// The verbs, in help order.
    static var commands: [any Command.Type] { [
        EstimateCommand.self, RegionsCommand.self, WhenCommand.self, BudgetCommand.self, BatchCommand.self, HardwareCommand.self, InstancesCommand.self, LocationsCommand.self,
        SourcesCommand.self, ExportCommand.self, CompletionsCommand.self, ManCommand.self,
    ] }

    /// Runs `footprint` with `arguments` (without the program name); returns the exit code.
    static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let verb = arguments.first, verb != "--help", verb != "-h" else {
            console.out.write(overview)
            return 0
        }
        if verb == "help" { return help(Array(arguments.dropFirst()), console: console) }
        if verb == "--version" {
            console.out.write("footprint \(version)\n" + dataNotice)
            return 0
        }
        guard let command = commands.first(where: { $0.name == verb }) else {
            console.err.write("footprint: error: \(unknownCommand(verb))\nRun 'footprint --help' for the commands.\n")
            return 64
        }
        do throws(CLIError) {
            let parsed = try ParsedArguments(
                Array(arguments.dropFirst()), options: command.options, maxPositionals: command.maxPositionals)
            if parsed.flags.contains("help") {
                console.out.write(command.help)
                return 0
            }
            return try command.run(parsed, console: console)
        } catch {
            console.err.write("footprint \(verb): error: \(error.message)\n")
            if case .usage = error { console.err.write("Run 'footprint \(verb) --help' for its options.\n") }
            return error.exitCode
        }
    }

    /// `footprint help [COMMAND]`: the overview, or the command's own help.
    private static func help(_ topics: [String], console: Console) -> Int32 {
        guard let topic = topics.first else {
            console.out.write(overview)
            return 0
        }
        guard topics.count == 1, let command = commands.first(where: { $0.name == topic }) else {
            let problem = topics.count == 1 ? unknownCommand(topic) : "give one command, e.g. 'footprint help estimate'"
            console.err.write("footprint help: error: \(problem)\nRun 'footprint --help' for the commands.\n")
            return 64
        }
        console.out.write(command.help)
        return 0
    }

    /// "unknown command 'x'; did you mean 'y'?"
    private static func unknownCommand(_ name: String) -> String {
        "unknown command '\(name)'" + (Suggestions.closest(to: name, among: commands.map { $0.name }).first.map { "; did you mean '\($0)'?" } ?? "")
    }

    /// The tool's version.
    static let version = "0.1.0"

    /// What `--version` says about the compiled-in data and their licences.
    static let dataNotice = """
        The built-in data are compiled from third-party sources under their own licences: 'footprint sources'
        lists them with their attributions, and THIRD_PARTY_NOTICES.md in the source repository has the
        licence texts. Footprint itself is under the MIT licence (LICENSE).

        """

    /// The top-level help.
    static var overview: String {
        var text = """
            footprint \(version): estimate the energy and CO2e of compute jobs (an estimate, not a measurement).

            Usage: footprint COMMAND [OPTIONS]

            Commands:

            """
        let width = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text += "  \(command.name)" + String(repeating: " ", count: width - command.name.count + 2) + command.summary + "\n"
        }
        text += "\nRun 'footprint COMMAND --help' (or 'footprint help COMMAND') for a command's options.\n"
        return text
    }
}
