/// A verb of the command line.
protocol Command {
    /// The verb, such as `estimate`.
    static var name: String { get }
    /// One line on what it does.
    static var summary: String { get }
    /// Its usage line after `footprint VERB`.
    static var usage: String { get }
    /// Its options, for parsing and help.
    static var options: [OptionSpec] { get }
    /// How many positional arguments it takes.
    static var maxPositionals: Int { get }
    /// Examples for its help.
    static var examples: [String] { get }

    /// Runs the verb; returns the exit code of a success (0, or 3 for an exceeded budget).
    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32
}

extension Command {
    /// The verb's `--help` text, generated from its option table.
    static var help: String {
        var text = "\(summary)\n\nUsage: footprint \(name) \(usage)\n\nOptions:\n"
        let rows = (options + [OptionSpec.help]).map { option in
            ("--\(option.name)" + (option.valueName.map { " \($0)" } ?? ""), option.help)
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (left, right) in rows {
            text += "  " + left + String(repeating: " ", count: width - left.count + 2) + right + "\n"
        }
        if !examples.isEmpty {
            text += "\nExamples:\n" + examples.map { "  \($0)\n" }.joined()
        }
        return text
    }
}
