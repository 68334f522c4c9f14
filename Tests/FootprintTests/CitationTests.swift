import Testing
@testable import Footprint

/// `Data/references.csv` and `--cite`: every built-in factor's source cites at least one
/// reference, and the citation gives title, publisher, year and URL only.
@Suite("Citation")
struct CitationTests {
    let catalog = try! Catalog.builtIn()
    let references = try! Reference.builtIn()

    /// Every distinct non-empty text of a `…source` column of every built-in data table.
    static var builtInSources: [(table: String, source: String)] {
        var sources: Set<String> = [], found: [(table: String, source: String)] = []
        for embedded in EmbeddedTables.all where ![Attribution.tableName, Reference.tableName].contains(embedded.name) {
            let table = try! CSVTable(name: embedded.name, text: embedded.text)
            for (index, column) in table.header.enumerated() where column.hasSuffix("source") {
                for row in table.rows where index < row.cells.count && !row.cells[index].isEmpty {
                    if sources.insert(embedded.name + "\t" + row.cells[index]).inserted {
                        found.append((embedded.name, row.cells[index]))
                    }
                }
            }
        }
        return found
    }

    func report(_ texts: KeyValuePairs<JobField, String>) throws -> EstimateReport {
        let spec = try JobSpec(parsing: texts)
        return EstimateReport(spec: spec, estimate: Estimator.estimate(try catalog.job(for: spec)), catalog: catalog, includeEmbodied: true)
    }

    @Test func everyBuiltInSourceCitesAReferenceAndEveryReferenceIsCited() {
        let sources = Self.builtInSources
        #expect(sources.count > 400)
        for table in ["hardware.csv", "grids.csv", "regions.csv", "pue.csv", "constants.csv", "water_onsite.csv",
                      "water_offsite.csv", "embodied.csv", "equivalents.csv", "serving.csv"] {
            #expect(sources.contains { $0.table == table }, "no sources read from \(table)")
        }
        let unmatched = sources.filter { found in !references.contains { $0.isCited(by: found.source) } }
        #expect(unmatched.isEmpty, "sources no reference matches:\n\(unmatched.map { "\($0.table): \($0.source)" }.joined(separator: "\n"))")
        let unused = references.filter { reference in !sources.contains { reference.isCited(by: $0.source) } }
        #expect(unused.isEmpty, "references no source cites: \(unused.map(\.id))")
    }

    @Test func referencesAreWellFormed() {
        #expect(references.count >= 90)
        #expect(Set(references.map(\.id)).count == references.count)
        for reference in references {
            if let url = reference.url {
                #expect(url.hasPrefix("https://") && !url.contains { " {}\\".contains($0) }, "\(reference.id): \(url)")
            }
            for word in ["verify", "fallback", ".csv", "transcription"] {
                #expect(!(reference.title + reference.publisher).lowercased().contains(word), "\(reference.id) says \(word)")
            }
        }
    }

    @Test func typicalJobCitesItsPublicationsWithoutCurationNotes() throws {
        let cited = try report([.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let markdown = cited.citation(.markdown, version: "9.9", references: references)
        #expect(markdown.hasPrefix("Experiments were conducted using 8 × A100 SXM4 80GB"))
        #expect(markdown.contains("72 hours"))
        #expect(markdown.contains("Footprint 9.9"))
        let ids = cited.references(from: references).map(\.id)
        for id in ["nvidia-a100", "us-epa-egrid", "ipcc-ar5-annex-iii", "aws-sustainability", "ecologits", "bloom"] {
            #expect(ids.contains(id), "missing \(id) in \(ids)")
        }
        #expect(markdown.contains("- NVIDIA A100 Tensor Core GPU datasheet. NVIDIA.\n"))
        #expect(markdown.contains(
            "- Emissions & Generation Resource Integrated Database (eGRID2023). US Environmental Protection Agency, 2025. <https://www.epa.gov/egrid>\n"))
        #expect(ids == Array(Set(ids)).sorted { a, b in
            let titles = Dictionary(uniqueKeysWithValues: references.map { ($0.id, $0.title.lowercased()) })
            return (titles[a]!, a) < (titles[b]!, b)
        })
        let latex = cited.citation(.latex, version: "9.9", references: references)
        #expect(latex.contains("8 $\\times$ A100"))
        #expect(latex.contains("Emissions \\& Generation Resource Integrated Database (eGRID2023). US Environmental Protection Agency, 2025. \\url{https://www.epa.gov/egrid}"))
        for text in [markdown, latex] {
            for word in ["verify", "fallback", ".csv", "transcription"] {
                #expect(!text.lowercased().contains(word), "the citation says '\(word)':\n\(text)")
            }
        }
        let urls = cited.references(from: references).compactMap(\.url)
        #expect(!urls.isEmpty)
        for url in urls {
            #expect(latex.contains("\\url{\(url)}"))
            #expect(markdown.contains("<\(url)>"))
        }
        #expect(!latex.contains("https://") || latex.components(separatedBy: "https://").count - 1 == urls.count)
        var depth = 0
        for character in latex {
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1 }
            #expect(depth >= 0)
        }
        #expect(depth == 0)
    }

    @Test func latexEscapesEverySpecialCharacter() {
        let reference = Reference(id: "x", title: "A_b {c} ~d^e \\f 50% & #1 $2", publisher: "P", year: nil, url: "https://x.org/a%20b#c", matches: ["x"])
        #expect(reference.cited(.latex)
            == "A\\_b \\{c\\} \\textasciitilde{}d\\textasciicircum{}e \\textbackslash{}f 50\\% \\& \\#1 \\$2. P. \\url{https://x.org/a\\%20b\\#c}")
        #expect(reference.cited(.markdown) == "A_b {c} ~d^e \\f 50% & #1 $2. P. <https://x.org/a%20b#c>")
        let question = Reference(id: "q", title: "How Hungry is AI?", publisher: "Jegham et al.", year: 2025, url: nil, matches: ["q"])
        #expect(question.cited(.markdown) == "How Hungry is AI? Jegham et al., 2025.")
    }

    @Test func overlaidRowsWithoutAReferenceAreCitedByTheirSource() throws {
        let overlay = try CSVTable(name: "pue.csv", text: "scope,id,pue,year,source\nprovider,aws,1.3,2026,our own metering\n")
        let overlaid = try Catalog.builtIn(overlaidWith: [overlay])
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .hours: "1", .region: "aws:us-east-1"])
        let cited = EstimateReport(spec: spec, estimate: Estimator.estimate(try overlaid.job(for: spec)), catalog: overlaid, includeEmbodied: false)
        #expect(cited.citation(.markdown, version: "9.9", references: references).contains("- our own metering. 2026.\n"))
    }
}
