import Footprint

/// One option of a command: the single source for both parsing and `--help`.
struct OptionSpec {
    /// The long name without dashes.
    let name: String
    /// The placeholder of its value; nil for a flag that takes none.
    let valueName: String?
    /// One line of help.
    let help: String

    /// The options that describe a job, one per `JobField`.
    static let jobOptions = JobField.allCases.map { OptionSpec(name: $0.name, valueName: $0.valueName, help: $0.summary) }
    /// `--data DIR`.
    static let data = OptionSpec(name: "data", valueName: "DIR", help: "overlay the CSV tables in DIR on the built-in data")
    /// `--help`.
    static let help = OptionSpec(name: "help", valueName: nil, help: "show this help")

    /// `--format` with the given choices, the first being the default.
    static func format(_ formats: [ReportFormat]) -> OptionSpec {
        OptionSpec(name: "format", valueName: formats.map(\.rawValue).joined(separator: "|"), help: "output format (default \(formats[0].rawValue))")
    }
}

/// The options and positional arguments of one command line.
struct ParsedArguments {
    /// Option values by name.
    var values: [String: String] = [:]
    /// Flags given.
    var flags: Set<String> = []
    /// Arguments that are not options, in order.
    var positionals: [String] = []

    /// Parses `arguments` against `options`: `--name value`, `--name=value`, flags, `--`
    /// (the rest is positional) and `-` (a positional naming stdin).
    ///
    /// - Throws: `CLIError.usage` for an unknown option (with a suggestion), a missing
    ///   value (none left, or the next argument is a known option), an option given twice, or more positionals than `maxPositionals`.
    init(_ arguments: [String], options: [OptionSpec], maxPositionals: Int) throws(CLIError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            let body = argument.drop { $0 == "-" }
            let name = String(body.prefix { $0 != "=" })
            let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            guard let option = options.first(where: { $0.name == name }) ?? (name == "h" || name == "help" ? OptionSpec.help : nil) else {
                let hint = Suggestions.closest(to: name, among: options.map(\.name)).first.map { "; did you mean '--\($0)'?" } ?? ""
                throw .usage("unknown option '\(argument)'\(hint)")
            }
            guard option.valueName != nil else {
                guard inline == nil else { throw .usage("--\(name) takes no value") }
                flags.insert(option.name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard index < arguments.count, !Self.isOption(arguments[index], among: options) else {
                    throw .usage("--\(name) needs a value (\(option.valueName!))")
                }
                value = arguments[index]
                index += 1
            }
            guard values[name] == nil else { throw .usage("--\(name) is given twice") }
            values[name] = value
        }
        if positionals.count > maxPositionals {
            throw .usage("unexpected argument '\(positionals[maxPositionals])'")
        }
    }

    /// Whether `argument` is one of `options` (or `--help`) written as `--name` or
    /// `--name=value`: after an option that needs a value it means the value is missing. Other
    /// text, such as `-5` or `--not-an-option`, may be a value.
    private static func isOption(_ argument: String, among options: [OptionSpec]) -> Bool {
        guard argument.hasPrefix("--") else { return false }
        let name = argument.dropFirst(2).prefix { $0 != "=" }
        return name == "help" || options.contains { $0.name == name }
    }

    /// The value of `--format`, which must be one of `allowed` (default: the first).
    func format(_ allowed: [ReportFormat]) throws(CLIError) -> ReportFormat {
        guard let text = values["format"] else { return allowed[0] }
        guard let format = ReportFormat(rawValue: text.lowercased()), allowed.contains(format) else {
            let hint = Suggestions.closest(to: text, among: allowed.map(\.rawValue)).first.map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("--format: unknown format '\(text)'\(hint) (choose \(allowed.map(\.rawValue).joined(separator: ", ")))")
        }
        return format
    }

    /// The job fields given as options, but those in `excluded` (options of the same name
    /// that mean something else for the command).
    func jobSpec(excluding excluded: Set<JobField> = []) throws(CLIError) -> JobSpec {
        var spec = JobSpec()
        for field in JobField.allCases where !excluded.contains(field) {
            guard let text = values[field.name] else { continue }
            do throws(JobError) { try spec.set(field, text) } catch { throw .job(error) }
        }
        return spec
    }

    /// A whole number option, at least `minimum`, or nil when absent.
    func integer(_ name: String, minimum: Int) throws(CLIError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), value >= minimum else { throw .usage("--\(name): '\(text)' is not a whole number ≥ \(minimum)") }
        return value
    }

    /// A comma-separated list option, trimmed, empty items dropped.
    func list(_ name: String) -> [String] {
        (values[name] ?? "").split(separator: ",").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
    }
}

extension String {
    /// The string without surrounding spaces.
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
