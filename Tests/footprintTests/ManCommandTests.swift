import Foundation
import Testing
@testable import footprint

/// `footprint man`: the roff page, generated from the same tables as `--help`.
struct ManCommandTests {
    @Test func pageHasEveryVerbOptionExampleAndExitCode() {
        let run = runCLI(["man"])
        #expect(run.code == 0, "\(run.err)")
        let page = run.out
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "FILES", "EXAMPLES", "SEE ALSO"] {
            #expect(page.contains("\n.SH \(section)\n"), "\(section)")
        }
        for command in CLI.commands {
            #expect(page.contains("\n.SS \(command.name)\n\(Roff.escaped(command.summary))\n"), "\(command.name)")
            #expect(page.contains("\n" + Roff.bold("footprint \(command.name)") + (command.usage.isEmpty ? "" : " " + Roff.escaped(command.usage)) + "\n"), "\(command.name) usage")
            for option in command.options + [OptionSpec.help] {
                let tag = Roff.bold("--\(option.name)") + (option.valueName.map { " " + Roff.italic($0) } ?? "")
                #expect(page.contains("\n.TP\n\(tag)\n\(Roff.escaped(option.help))\n"), "\(command.name) --\(option.name)")
            }
            for example in command.examples {
                #expect(page.contains("\n\(Roff.escaped(example))\n"), "\(example)")
            }
        }
        for code in [0, 3, 64, 65, 66, 73] {
            #expect(page.contains("\n.TP\n\\fB\(code)\\fR\n"), "exit \(code)")
        }
        // Nothing but ASCII, and no text line that roff would read as a request.
        #expect(page.unicodeScalars.allSatisfy { $0.isASCII })
        let requests = Set(page.split(separator: "\n").filter { $0.hasPrefix(".") || $0.hasPrefix("'") }.map { String($0.split(separator: " ")[0]) })
        #expect(requests == [".\\\"", ".TH", ".nh", ".ad", ".SH", ".SS", ".PP", ".br", ".TP", ".nf", ".fi"])
    }

    @Test func roffEscapes() {
        #expect(Roff.escaped(#"--data C:\x"#) == #"\-\-data C:\ex"#)
        #expect(Roff.escaped(".hidden") == #"\&.hidden"#)
        #expect(Roff.escaped("4 × 50 W ≥ 1") == #"4 \[u00D7] 50 W \[u2265] 1"#)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")))
    func groffRendersThePageWithoutWarnings() throws {
        let page = NSTemporaryDirectory() + "footprint-man-\(getpid()).1"
        try runCLI(["man"]).out.write(toFile: page, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: page) }
        let run = try ShellRun.run("groff", ["-man", "-Tutf8", "-ww", "-P-cbou", page])
        #expect(run.code == 0)
        #expect(run.err.isEmpty, "\(run.err)")
        #expect(run.out.contains("EXIT STATUS"))
        // Options render as typed, with ASCII hyphens.
        #expect(run.out.contains("--hardware NAME"))
    }
}
