import Footprint

/// `footprint sources`: the third-party sources of the built-in data, their licences and
/// the attributions those licences ask for.
enum SourcesCommand: Command {
    static let name = "sources"
    static let summary = "List the third-party sources of the built-in data, with licences and attributions"
    static let usage = "[--format table|json]"
    static var options: [OptionSpec] { [.format(formats)] }
    static let maxPositionals = 0
    static let formats: [ReportFormat] = [.table, .json]
    static let examples = ["footprint sources", "footprint sources --format json"]

    /// Where the licence texts and the per-row details are, for the end of the table.
    static let whereToRead = """
        Each data row names its source and year. The licence texts are in THIRD_PARTY_NOTICES.md and
        the per-table details in Data/SOURCES.md, both in Footprint's source repository.

        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try arguments.format(formats)
        let attributions: [Attribution]
        do throws(DataError) { attributions = try Attribution.builtIn() } catch { throw .data(error) }
        switch format {
        case .table:
            console.out.write("The built-in data are compiled from these third-party sources, under their licences:\n\n")
            console.out.write(attributions.map(text).joined(separator: "\n") + "\n" + whereToRead)
        default:
            console.out.write(JSONValue.array(attributions.map(json)).rendered() + "\n")
        }
        return 0
    }

    /// One source as an indented block.
    static func text(_ attribution: Attribution) -> String {
        var lines = [
            "\(attribution.source): \(attribution.licence)",
            "  \(attribution.attribution)",
            "  source: \(attribution.sourceURL)",
        ]
        if let licenceURL = attribution.licenceURL { lines.append("  licence: \(licenceURL)") }
        lines.append("  used in: \(attribution.tables.joined(separator: ", "))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One source as a JSON object.
    static func json(_ attribution: Attribution) -> JSONValue {
        .object([
            "id": .string(attribution.id), "source": .string(attribution.source), "licence": .string(attribution.licence),
            "attribution": .string(attribution.attribution), "source_url": .string(attribution.sourceURL),
            "licence_url": .optional(attribution.licenceURL), "tables": .array(attribution.tables.map(JSONValue.string)),
        ])
    }
}
