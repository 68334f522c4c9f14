/// An estimate encodes with the keys of `footprint estimate --format json` (README, "JSON
/// output"): its figures, the `breakdown` and the `sources`; `co2e_kg` is operational CO2e.
extension Estimate: Encodable {
    /// The keys, as the command names them.
    enum CodingKeys: String, CodingKey {
        case energyKWh = "energy_kwh", co2eKg = "co2e_kg", intensity = "intensity_g_per_kwh", pue, hours, runs
        case breakdown, sources
    }

    /// The keys of `breakdown`.
    enum BreakdownKeys: String, CodingKey {
        case devicesKWh = "devices_kwh", processorKWh = "cpu_kwh", memoryKWh = "memory_kwh", knownKWh = "known_kwh"
        case itKWh = "it_kwh", overheadKWh = "pue_overhead_kwh"
    }

    /// Encodes the figures, the breakdown and the factors used with their sources.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(energyKWh, forKey: .energyKWh)
        try container.encode(co2eKg, forKey: .co2eKg)
        try container.encode(job.intensity, forKey: .intensity)
        try container.encode(job.pue, forKey: .pue)
        try container.encode(job.hours, forKey: .hours)
        try container.encode(job.runs, forKey: .runs)
        try container.encode(job.usedFactors, forKey: .sources)
        var breakdown = container.nestedContainer(keyedBy: BreakdownKeys.self, forKey: .breakdown)
        try breakdown.encode(devicesKWh, forKey: .devicesKWh)
        try breakdown.encode(processorKWh, forKey: .processorKWh)
        try breakdown.encode(memoryKWh, forKey: .memoryKWh)
        try breakdown.encode(knownKWh, forKey: .knownKWh)
        try breakdown.encode(itKWh, forKey: .itKWh)
        try breakdown.encode(overheadKWh, forKey: .overheadKWh)
    }
}
