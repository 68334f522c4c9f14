/// A paragraph for a paper's appendix: the numbers, the assumptions, the data sources and a
/// reference to the tool, in LaTeX or Markdown.
public enum CitationStyle: String, Sendable, CaseIterable {
    /// LaTeX, with `\SI`-free plain text and escaped specials.
    case latex
    /// Markdown.
    case markdown
}

extension EstimateReport {
    /// The citation paragraph in `style`; `version` names the tool's version.
    public func citation(_ style: CitationStyle, version: String) -> String {
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
        let factors = (job.usedFactors + impacts.usedFactors).filter { $0.factor.provenance.table != nil }
        let sources = Set(factors.map(\.citation))
            .sorted()
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
        text += "Estimations were conducted using Footprint \(version) with data from: \(sources.joined(separator: "; "))."
        switch style {
        case .markdown:
            return text + "\n"
        case .latex:
            var escaped = ""
            for character in text {
                switch character {
                case "%", "&", "#", "_", "$": escaped += "\\" + String(character)
                case "×": escaped += "$\\times$"
                case "–": escaped += "--"
                default: escaped.append(character)
                }
            }
            return escaped + "\n"
        }
    }
}
