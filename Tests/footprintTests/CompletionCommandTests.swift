import Foundation
import Footprint
import Testing
@testable import footprint

/// `footprint completions bash|zsh|fish` and `--list`: scripts generated from the option
/// tables, checked as text and, where the shell is installed, in the shell itself.
struct CompletionCommandTests {
    /// The bash completions of the command line `words` (the last one being completed).
    func bashCompletions(_ words: [String]) throws -> [String] {
        let script = #"source <(footprint completions bash) && COMP_WORDS=("$@") && COMP_CWORD=$(($# - 1)) && { _footprint; printf '%s\n' "${COMPREPLY[@]}"; }"#
        let run = try ShellRun.run("bash", ["-c", script, "bash"] + words)
        #expect(run.code == 0 && run.err.isEmpty, "\(words): \(run.err)")
        return run.out.split(separator: "\n").map(String.init)
    }

    @Test func valuesFollowTheOptionTables() {
        func value(_ verb: String, _ option: String) -> CompletionValue? {
            CompletionVerb.all.first { $0.name == verb }?.options.first { $0.spec.name == option }?.value
        }
        #expect(value("estimate", "format") == .choices(["table", "json", "csv", "html"]))
        #expect(value("batch", "format") == .choices(BatchCommand.formats.map(\.rawValue)))
        #expect(value("estimate", "cite") == .choices(["latex", "markdown"]))
        #expect(value("estimate", "basis") == .choices(["lifecycle", "direct"]))
        #expect(value("batch", "from") == .choices(["sacct"]))
        #expect(value("when", "series") == .file)
        #expect(value("batch", "output") == .file)
        #expect(value("batch", "partition-map") == .file)
        #expect(value("estimate", "data") == .directory)
        #expect(value("estimate", "hardware") == .catalog(.hardware))
        #expect(value("budget", "cpu") == .catalog(.cpu))
        #expect(value("regions", "region") == .catalog(.region))
        #expect(value("when", "location") == .catalog(.location))
        #expect(value("batch", "instance") == .catalog(.instance))
        #expect(value("estimate", "hours") == .text)
        #expect(value("estimate", "include-embodied") == .flag)
        #expect(value("sources", "help") == .flag)

        let positionals = Dictionary(uniqueKeysWithValues: CompletionVerb.all.map { ($0.name, $0.positional) })
        #expect(positionals["batch"] == .file)
        #expect(positionals["export"] == .choices(["sql", "csv"]))
        #expect(positionals["completions"] == .choices(["bash", "zsh", "fish"]))
        #expect(positionals["hardware"] == .text)
        #expect(positionals["estimate"] == .text)
    }

    @Test func catalogWordsNameTheirEntries() throws {
        let catalog = try Catalog.builtIn()
        for kind in CatalogWords.Kind.allCases {
            let words = CatalogWords.words(kind, in: catalog)
            #expect(words.count > 50, "\(kind)")
            for word in words {
                #expect(word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._+:-".contains($0)) }, "\(word)")
                #expect(!word.hasPrefix("-") && !word.hasSuffix("-"), "\(word)")
                switch kind {
                case .hardware: #expect(CatalogWords.word(try catalog.device(named: word).name) == word)
                case .cpu: #expect(CatalogWords.word(try catalog.processor(named: word).name) == word)
                case .region: _ = try catalog.region(named: word)
                case .location: _ = try catalog.location(named: word)
                case .instance: _ = try catalog.instance(named: word)
                }
            }
        }
        #expect(CatalogWords.word("GB200 Blackwell GPU (NVL72)") == "GB200-Blackwell-GPU-NVL72")
        // A provider's name is offered where it names one region (us-east-1 is AWS's and Alibaba's).
        let regions = CatalogWords.words(.region, in: catalog)
        #expect(regions.contains("us-east-2") && regions.contains("aws:us-east-1") && !regions.contains("us-east-1"))
        #expect(CatalogWords.words(.instance, in: catalog).contains("p4d.24xlarge"))
    }

    @Test func listPrintsTheWordsWithTheOverlay() {
        let run = runCLI(["completions", "--list", "hardware"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("\nA100-SXM4-80GB\n"))
        #expect(!run.out.contains("EPYC-7763"))
        let data = TestFiles.directory()
        TestFiles.write(
            "id,name,aliases,kind,vendor,max_power_watts,memory_gb,cores,threads,year,source\nlab-npu,Lab NPU,,accelerator,Lab,50,,,,2026,lab measurement\n",
            to: data + "/hardware.csv")
        #expect(runCLI(["completions", "--list", "hardware", "--data", data]).out.contains("\nLab-NPU\n"))
    }

    @Test func mistakesAreUsageErrors() {
        #expect(runCLI(["completions"]).err.contains("name the shell: bash, zsh, fish"))
        let typo = runCLI(["completions", "bsh"])
        #expect(typo.code == 64)
        #expect(typo.err.contains("unknown shell 'bsh'; did you mean 'bash'?"))
        #expect(runCLI(["completions", "--list", "gpu"]).code == 64)
        #expect(runCLI(["completions", "bash", "--list", "cpu"]).err.contains("not both"))
    }

    @Test func everyScriptHasEveryVerbAndOption() {
        for shell in CompletionsCommand.Shell.allCases {
            let run = runCLI(["completions", shell.rawValue])
            #expect(run.code == 0, "\(run.err)")
            for verb in CompletionVerb.all {
                #expect(run.out.contains(verb.name), "\(shell) \(verb.name)")
                for (spec, _) in verb.options {
                    let written = shell == .fish ? "-l \(spec.name) " : "--\(spec.name)"
                    #expect(run.out.contains(written), "\(shell) \(verb.name) --\(spec.name)")
                }
            }
        }
    }

    @Test(.enabled(if: ShellRun.has("bash"))) func bashCompletesVerbsOptionsValuesAndNames() throws {
        #expect(try bashCompletions(["footprint", "est"]) == ["estimate"])
        #expect(try bashCompletions(["footprint", "estimate", "--form"]) == ["--format"])
        #expect(try bashCompletions(["footprint", "estimate", "--format", ""]) == ["table", "json", "csv", "html"])
        #expect(try bashCompletions(["footprint", "estimate", "--format", "=", "j"]) == ["json"])
        #expect(try bashCompletions(["footprint", "sources", "--format", ""]) == ["table", "json"])
        #expect(try bashCompletions(["footprint", "estimate", "--cite", ""]) == ["latex", "markdown"])
        #expect(try bashCompletions(["footprint", "estimate", "--hours", ""]).isEmpty)
        let a100 = try bashCompletions(["footprint", "estimate", "--hardware", "A100"])
        #expect(a100.contains("A100-SXM4-80GB") && a100.contains("A100-PCIe-40GB"))
        #expect(a100.allSatisfy { $0.hasPrefix("A100") })
        #expect(try bashCompletions(["footprint", "estimate", "--hardware", "a100-sxm4-8"]) == ["A100-SXM4-80GB"])
        #expect(try bashCompletions(["footprint", "estimate", "--cpu", "EPYC-776"]) == ["EPYC-7763"])
        // bash splits aws:us-east at ':' and replaces only the part after it.
        #expect(try bashCompletions(["footprint", "estimate", "--region", "aws", ":", "us-east"]) == ["us-east-1", "us-east-2"])
        #expect(try bashCompletions(["footprint", "estimate", "--location", "fr"]).contains("FR"))
        #expect(try bashCompletions(["footprint", "estimate", "--instance", "p4d.2"]) == ["p4d.24xlarge"])
        #expect(try bashCompletions(["footprint", "when", "--series", "Examples/synthetic_h"]) == ["Examples/synthetic_hourly_intensity.csv"])
        #expect(try bashCompletions(["footprint", "export", ""]) == ["sql", "csv"])
        #expect(try bashCompletions(["footprint", "completions", "--list", "c"]) == ["cpu"])
        // The names follow --data.
        let data = TestFiles.directory()
        TestFiles.write(
            "id,name,aliases,kind,vendor,max_power_watts,memory_gb,cores,threads,year,source\nlab-npu,Lab NPU,,accelerator,Lab,50,,,,2026,lab measurement\n",
            to: data + "/hardware.csv")
        #expect(try bashCompletions(["footprint", "estimate", "--data", data, "--hardware", "lab"]) == ["Lab-NPU"])
    }

    @Test(.enabled(if: ShellRun.has("zsh"))) func zshScriptParses() throws {
        let run = try ShellRun.run("zsh", ["-n", "-c", runCLI(["completions", "zsh"]).out])
        #expect(run.code == 0, "\(run.err)")
    }

    @Test(.enabled(if: ShellRun.has("fish"))) func fishCompletesVerbsOptionsValuesAndNames() throws {
        let script = runCLI(["completions", "fish"]).out
        func completions(_ line: String) throws -> [String] {
            let run = try ShellRun.run("fish", ["--no-config", "-c", script + "\ncomplete -C '\(line)'"])
            #expect(run.code == 0 && run.err.isEmpty, "\(line): \(run.err)")
            return run.out.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        }
        #expect(try completions("footprint est") == ["estimate"])
        #expect(try completions("footprint estimate --form") == ["--format"])
        #expect(Set(try completions("footprint estimate --format ")) == ["table", "json", "csv", "html"])
        #expect(try completions("footprint estimate --hardware A100-SXM4-8") == ["A100-SXM4-80GB"])
        #expect(try completions("footprint estimate --region aws:us-east") == ["aws:us-east-1", "aws:us-east-2"])
    }
}
