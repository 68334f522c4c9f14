@testable import footprint

/// The result of running the command in-process.
struct CLIRun {
    let code: Int32
    let out: String
    let err: String
}

/// Runs `footprint` with `arguments`, capturing its output.
func runCLI(_ arguments: [String]) -> CLIRun {
    let out = StringSink(), err = StringSink()
    let console = Console(out: out, err: err, environment: [:], outIsTerminal: false, errIsTerminal: false, files: FileSystem())
    let code = CLI.run(arguments, console: console)
    return CLIRun(code: code, out: out.text, err: err.text)
}
