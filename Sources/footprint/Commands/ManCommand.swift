/// `footprint man`: the man page, in roff (`footprint man | man -l -`).
enum ManCommand: Command {
    static let name = "man"
    static let summary = "Print the man page (roff): footprint man | man -l -"
    static let usage = ""
    static let options: [OptionSpec] = []
    static let maxPositionals = 0
    static let examples = ["footprint man | man -l -", "footprint man > /usr/local/share/man/man1/footprint.1"]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        console.out.write(ManPage.text(CLI.commands))
        return 0
    }
}
