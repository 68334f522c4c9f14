// The `footprint` command: everything happens in `CLI.run`; this file only exits with its code.
@preconcurrency import Glibc

let console = Console.standard()
let code = CLI.run(Array(CommandLine.arguments.dropFirst()), console: console)
console.flush()
exit(code)
