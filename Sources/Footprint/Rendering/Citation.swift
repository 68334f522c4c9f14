/// A paragraph for a paper's appendix: the numbers, the assumptions and a reference to the
/// tool, followed by the list of the publications the factors come from, in LaTeX or Markdown.
package enum CitationStyle: String, Sendable, CaseIterable {
    /// LaTeX: plain text with its specials escaped, the references as an `itemize` list and
    /// their URLs in `\url{}` (the `url` or `hyperref` package).
    case latex
    /// Markdown: the references as a list, their URLs as `<url>`.
    case markdown
}

extension EstimateReport {
    /// The citation paragraph in `style`, then the publications of the factors used, chosen
    /// from `references` (see `references(from:)`), each as `Title. Publisher, Year. URL`;
    /// `version` names the tool's version.
    package func citation(_ style: CitationStyle, version: String, references: [Reference]) -> String {
        let job = estimate.job, site = job.site
        var hardware = ""
        if job.energyIsGiven {
            hardware = "a stated IT energy of \(NumberFormat.readable(job.knownKWhPerRun, digits: 4)) kWh per run"
                + (job.devices.map { " on \($0.count) × \($0.name)" } ?? "")
        } else if let devices = job.devices {
            hardware = "\(devices.count) × \(devices.name) (\(NumberFormat.readable(devices.watts.value)) W each"
                + (job.numbers.utilization.map { ", average utilisation \(NumberFormat.readable($0))" } ?? ", at maximum board power")
                + ")"
        }
        if !job.energyIsGiven, let processor = job.processor {
            hardware += (hardware.isEmpty ? "" : " and ") + "a \(processor.name) CPU"
        }
        if hardware.isEmpty { hardware = job.memory.map { "\(NumberFormat.readable($0.gigabytes)) GB of memory" } ?? "the stated hardware" }
        var text = "Experiments were conducted using \(hardware) for \(NumberFormat.readable(job.hours, digits: 4)) hours"
        text += job.runs > 1 ? " per run over \(job.runs) runs" : ""
        text += " in \(site.name) (\(site.id)), where the grid carbon intensity is \(NumberFormat.readable(job.intensity, digits: 4)) gCO2e/kWh"
        text += " and the PUE is \(NumberFormat.readable(job.pue, digits: 3)). "
        text += "Total energy use was estimated at \(NumberFormat.readable(estimate.energyKWh, digits: 4)) kWh and total emissions at "
        text += "\(NumberFormat.readable(co2eKg, digits: 4)) kgCO2e"
        if impacts.range.highKg > impacts.range.lowKg {
            text += " (range \(NumberFormat.readable(impacts.range.lowKg + impacts.addedKg, digits: 3))–\(NumberFormat.readable(impacts.range.highKg + impacts.addedKg, digits: 3)) kgCO2e)"
        }
        text += impacts.includesEmbodied ? ", including embodied emissions of the hardware" : ""
        text += ", with a water footprint of \(NumberFormat.readable(impacts.water.litres, digits: 3)) L. "
        text += "The estimate multiplies rated power by time and published average factors; it is not a measurement. "
        text += "Estimations were conducted using Footprint \(version) with data from the following sources."
        let entries = self.references(from: references).map { $0.cited(style) }
        switch style {
        case .markdown:
            return text + "\n\n" + entries.map { "- \($0)\n" }.joined()
        case .latex:
            return LaTeX.escaped(text) + "\n\\begin{itemize}\n" + entries.map { "\\item \($0)\n" }.joined() + "\\end{itemize}\n"
        }
    }
}
