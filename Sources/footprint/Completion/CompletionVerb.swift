/// A verb as the completion scripts see it: its options (with `--help`), what each value
/// completes to, and what its first positional argument completes to, all read from the
/// command's table.
struct CompletionVerb {
    /// The verb, such as `estimate`.
    let name: String
    /// Its one-line summary.
    let summary: String
    /// Its options and `--help`, in help order, each with what its value completes to.
    let options: [(spec: OptionSpec, value: CompletionValue)]
    /// What its first positional argument completes to (`text`: nothing, offer the options).
    let positional: CompletionValue

    /// The completion view of `command`.
    init(_ command: any Command.Type) {
        name = command.name
        summary = command.summary
        options = (command.options + [OptionSpec.help]).map { ($0, CompletionValue($0)) }
        positional = command.maxPositionals == 0 ? .text : CompletionValue(usage: command.usage)
    }

    /// Every verb of the command line, in help order.
    static var all: [CompletionVerb] { CLI.commands.map(CompletionVerb.init) }
}
