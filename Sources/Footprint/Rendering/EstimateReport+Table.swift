extension EstimateReport {
    /// The report as aligned text for a terminal: the job, the energy breakdown, the
    /// result, and the source of every factor.
    package var table: String {
        let job = estimate.job, site = job.site
        var text = "Footprint estimate (an estimate from rated power and average factors, not a measurement)\n\n"
        text += TextTable(header: [], rows: jobRows, alignments: [.left, .left]).rendered(indent: 2)

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
        text += impactLines

        text += "\nSources\n"
        let sources = job.usedFactors.map { used in
            [used.name, "\(NumberFormat.readable(used.factor.value, digits: 4)) \(used.unit)", used.citation]
        }
        text += TextTable(header: [], rows: sources, alignments: [.left, .right, .left]).rendered(indent: 2)
        if !job.assumptions.isEmpty {
            text += "\nAssumptions\n" + job.assumptions.map { "  - \($0)\n" }.joined()
        }
        return text
    }

    /// The job as label and value rows: instance or slice, devices, CPU, memory, duration
    /// and location.
    var jobRows: [[String]] {
        let job = estimate.job, site = job.site
        var rows: [[String]] = []
        if let implied = job.template.implied {
            rows.append([implied.instance == nil ? "Slice" : "Instance", implied.summary])
        }
        if let group = job.devices {
            let power = job.energyIsGiven
                ? " (embodied emissions only: the given energy replaces power × hours)"
                : " at \(NumberFormat.readable(group.watts.value)) W × utilization \(NumberFormat.readable(group.utilization.value))"
            rows.append(["Devices", "\(group.count) × \(group.name)" + power])
        }
        if !job.energyIsGiven, let processor = job.processor {
            let cores = processor.cores.map { "\($0) cores × \(NumberFormat.readable(processor.watts.value)) W" } ?? "\(NumberFormat.readable(processor.watts.value)) W"
            let sockets = processor.sockets.map { " (\($0) sockets)" } ?? ""
            rows.append(["CPU", "\(processor.name), \(cores)\(sockets)"])
        }
        if !job.energyIsGiven, let memory = job.memory {
            rows.append(["Memory", "\(NumberFormat.readable(memory.gigabytes)) GB × \(NumberFormat.readable(memory.wattsPerGB.value)) W/GB"])
        }
        if job.hours > 0 || job.knownEnergyKWh == nil {
            rows.append(["Duration", "\(NumberFormat.readable(job.hours)) h × \(job.runs) run\(job.runs == 1 ? "" : "s")"])
        }
        let zone = site.gridZone.map { $0 == site.id ? "" : " (grid \($0))" } ?? ""
        rows.append(["Location", site.id + (site.name == site.id ? "" : " " + site.name) + zone])
        return rows
    }

    /// The lines on range, embodied emissions, water, per-request figures and equivalents;
    /// each only when it says something.
    var impactLines: String {
        let rows = impactRows
        return rows.isEmpty ? "" : "\n" + TextTable(header: [], rows: rows, alignments: [.left, .left]).rendered(indent: 2)
    }

    /// The rows of `impactLines`: label and text.
    var impactRows: [[String]] {
        var rows: [[String]] = []
        let range = impacts.range
        if range.highKg > range.lowKg {
            rows.append(["range", "\(kg(range.lowKg + impacts.addedKg)) to \(kg(range.highKg + impacts.addedKg)) kg CO2e (utilization \(NumberFormat.readable(range.utilizationLow?.value ?? 1)) to 1)"])
        }
        if impacts.embodied.kilograms > 0 {
            let note = impacts.includesEmbodied ? "included in the total below" : "not in the emissions above; --include-embodied adds it"
            rows.append(["embodied", "\(kg(impacts.embodied.kilograms)) kg CO2e from making the hardware (\(note))"])
        }
        if impacts.includesEmbodied {
            rows.append(["total", "\(kg(co2eKg)) kg CO2e (operational + embodied)"])
        }
        let water = impacts.water
        if water.litres > 0 {
            rows.append([
                "water", "\(NumberFormat.readable(water.litres, digits: 3)) L (on-site \(NumberFormat.readable(water.onsiteLitres, digits: 3)) L at WUE \(NumberFormat.readable(water.wue.value)) L/kWh; off-site \(NumberFormat.readable(water.offsiteLitres, digits: 3)) L at \(NumberFormat.readable(water.ewif.value)) L/kWh)",
            ])
        }
        if let perRequest = impacts.gramsPerRequest(of: estimate) {
            rows.append(["per request", "\(NumberFormat.readable(perRequest, digits: 3)) g CO2e (\(NumberFormat.readable(perRequest, digits: 4)) kg per 1,000 requests)"])
        }
        if let perToken = impacts.gramsPerToken(of: estimate) {
            rows.append(["per token", "\(NumberFormat.readable(perToken * 1000, digits: 3)) g CO2e per 1,000 tokens"])
        }
        if !impacts.equivalents.isEmpty {
            let phrases = impacts.equivalents.map { "\(NumberFormat.readable($0.count, digits: 2)) × \($0.equivalent.phrase)" }
            rows.append(["about", phrases.joined(separator: "; ")])
        }
        return rows
    }

    func kg(_ value: Double) -> String { NumberFormat.readable(value, digits: 4) }
}
