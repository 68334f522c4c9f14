/// The energy and emissions of a job, with the breakdown and the job it was computed for.
public struct Estimate: Sendable, Equatable {
    /// The job, with its site and every factor used.
    public let job: Job
    /// Energy drawn by the devices, kWh (all runs).
    public let devicesKWh: Double
    /// Energy drawn by the CPU, kWh (all runs).
    public let processorKWh: Double
    /// Energy drawn by memory, kWh (all runs).
    public let memoryKWh: Double
    /// Known IT energy the user gave, kWh (all runs).
    public let knownKWh: Double
    /// IT energy: devices + CPU + memory (+ known), before PUE.
    public let itKWh: Double
    /// Facility overhead: IT energy × (PUE − 1).
    public let overheadKWh: Double
    /// Total energy drawn from the grid: IT energy × PUE.
    public let energyKWh: Double
    /// Operational emissions, kg CO2e.
    public let co2eKg: Double

    /// An estimate of `job` with the figures of `energy`; `job.estimate()` makes one.
    init(job: Job, energy: EnergyBreakdown) {
        self.init(
            job: job, devicesKWh: energy.devicesKWh, processorKWh: energy.processorKWh, memoryKWh: energy.memoryKWh,
            knownKWh: energy.knownKWh, itKWh: energy.itKWh, overheadKWh: energy.overheadKWh, energyKWh: energy.energyKWh,
            co2eKg: energy.co2eKg)
    }

    /// An estimate of `job` with these figures; `job.estimate()` makes one.
    package init(
        job: Job, devicesKWh: Double, processorKWh: Double, memoryKWh: Double, knownKWh: Double, itKWh: Double,
        overheadKWh: Double, energyKWh: Double, co2eKg: Double
    ) {
        self.job = job
        self.devicesKWh = devicesKWh
        self.processorKWh = processorKWh
        self.memoryKWh = memoryKWh
        self.knownKWh = knownKWh
        self.itKWh = itKWh
        self.overheadKWh = overheadKWh
        self.energyKWh = energyKWh
        self.co2eKg = co2eKg
    }
}
