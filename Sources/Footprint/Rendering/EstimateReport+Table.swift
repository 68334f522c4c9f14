extension EstimateReport {
    /// The report as aligned text for a terminal: the job, the energy breakdown, the
    /// result, and the source of every factor.
    public var table: String {
        let job = estimate.job, site = job.site
        var text = "Footprint estimate (an estimate from rated power and average factors, not a measurement)\n\n"
        var summary: [[String]] = []
        if let group = job.devices {
            summary.append(["Devices", "\(group.count) × \(group.name) at \(NumberFormat.readable(group.watts.value)) W × utilization \(NumberFormat.readable(group.utilization.value))"])
        }
        if let processor = job.processor {
            let cores = processor.cores.map { "\($0) cores × \(NumberFormat.readable(processor.watts.value)) W" } ?? "\(NumberFormat.readable(processor.watts.value)) W"
            summary.append(["CPU", "\(processor.name), \(cores)"])
        }
        if let memory = job.memory {
            summary.append(["Memory", "\(NumberFormat.readable(memory.gigabytes)) GB × \(NumberFormat.readable(memory.wattsPerGB.value)) W/GB"])
        }
        summary.append(["Duration", "\(NumberFormat.readable(job.hours)) h × \(job.runs) run\(job.runs == 1 ? "" : "s")"])
        let zone = site.gridZone.map { $0 == site.id ? "" : " (grid \($0))" } ?? ""
        summary.append(["Location", "\(site.id) \(site.name == site.id ? "" : site.name)\(zone)"])
        text += TextTable(header: [], rows: summary, alignments: [.left, .left]).rendered(indent: 2)

        var energy: [[String]] = []
        if estimate.devicesKWh > 0 { energy.append(["devices", NumberFormat.fixed(estimate.devicesKWh, 2)]) }
        if estimate.processorKWh > 0 { energy.append(["CPU", NumberFormat.fixed(estimate.processorKWh, 2)]) }
        if estimate.memoryKWh > 0 { energy.append(["memory", NumberFormat.fixed(estimate.memoryKWh, 2)]) }
        if estimate.knownKWh > 0 { energy.append(["known IT energy", NumberFormat.fixed(estimate.knownKWh, 2)]) }
        energy.append(["PUE overhead (× \(NumberFormat.readable(site.pue.value, digits: 4)))", NumberFormat.fixed(estimate.overheadKWh, 2)])
        energy.append(["total energy", NumberFormat.fixed(estimate.energyKWh, 2) + " kWh"])
        energy.append(["grid intensity", NumberFormat.fixed(site.intensity.value, 1) + " gCO2e/kWh"])
        energy.append(["emissions", NumberFormat.readable(estimate.co2eKg, digits: 4) + " kg CO2e"])
        text += "\n" + TextTable(header: [], rows: energy, alignments: [.left, .right]).rendered(indent: 2)

        text += "\nSources\n"
        let sources = job.usedFactors.map { used in
            [used.name, "\(NumberFormat.readable(used.factor.value, digits: 4)) \(used.unit)", used.factor.provenance.source + (used.factor.provenance.year.map { " (\($0))" } ?? "")]
        }
        text += TextTable(header: [], rows: sources, alignments: [.left, .right, .left]).rendered(indent: 2)
        if !job.assumptions.isEmpty {
            text += "\nAssumptions\n" + job.assumptions.map { "  - \($0)\n" }.joined()
        }
        return text
    }
}
