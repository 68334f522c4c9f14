/// A factor an estimate used, named for reports: what it is, its value and unit, and
/// where it comes from.
public struct UsedFactor: Sendable, Hashable {
    /// What the factor is, such as `intensity_g_per_kwh`.
    public let name: String
    /// What it applies to, such as `A100 SXM4 80GB` or `aws:us-east-1`.
    public let subject: String
    /// The value and its provenance.
    public let factor: Factor
    /// The unit, such as `W` or `gCO2e/kWh`.
    public let unit: String
    /// The basis of a grid intensity; nil for other factors.
    public let basis: Basis?

    /// A factor as reports name it.
    package init(name: String, subject: String, factor: Factor, unit: String, basis: Basis? = nil) {
        self.name = name
        self.subject = subject
        self.factor = factor
        self.unit = unit
        self.basis = basis
    }

    /// The source and year, and the basis when there is one: `Ember ... (2024; lifecycle)`.
    public var citation: String {
        let details = [factor.provenance.year.map(String.init), basis?.rawValue].compactMap { $0 }
        return factor.provenance.source + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))")
    }
}

extension Job {
    /// Every factor the job's estimate rests on, in formula order.
    public var usedFactors: [UsedFactor] {
        var factors: [UsedFactor] = []
        if let implied = template.implied {
            let count = Double(implied.figures.first { $0.field == .count }?.value ?? "") ?? 0
            factors.append(UsedFactor(name: implied.instance == nil ? "slice_chips" : "instance_accelerators", subject: implied.title, factor: Factor(count, implied.provenance), unit: "devices"))
        }
        if !energyIsGiven, let group = devices {
            factors.append(UsedFactor(name: "device_power_watts", subject: group.name, factor: group.watts, unit: "W"))
            factors.append(UsedFactor(name: "utilization", subject: group.name, factor: group.utilization, unit: "fraction"))
        }
        if !energyIsGiven, let processor {
            let name = processor.cores == nil ? "cpu_power_watts" : "cpu_power_watts_per_core"
            factors.append(UsedFactor(name: name, subject: processor.name, factor: processor.watts, unit: "W"))
        }
        if !energyIsGiven, let memory {
            factors.append(UsedFactor(name: "memory_watts_per_gb", subject: "memory", factor: memory.wattsPerGB, unit: "W/GB"))
        }
        if let knownEnergyKWh {
            factors.append(UsedFactor(name: "energy_kwh_per_run", subject: "job", factor: knownEnergyKWh, unit: "kWh"))
        }
        factors.append(UsedFactor(
            name: "intensity_g_per_kwh", subject: site.intensityFrom == .provider ? site.id : site.gridZone ?? site.id,
            factor: site.intensity, unit: "gCO2e/kWh", basis: site.basis))
        factors.append(UsedFactor(name: "pue", subject: site.id, factor: site.pue, unit: "ratio"))
        return factors
    }
}
