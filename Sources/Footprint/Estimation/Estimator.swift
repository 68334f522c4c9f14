/// The formula, and nothing else:
///
///     energy_kWh = hours × runs × (device W × count × utilisation + CPU W + memory W) × PUE / 1000
///     co2e_kg    = energy_kWh × intensity (gCO2e/kWh) / 1000
///
/// A given IT energy per run (`Job.knownKWhPerRun`: a measurement, or requests × Wh,
/// tokens × J) replaces the power-based part: devices, CPU and memory then count 0 kWh.
package enum Estimator {
    /// The estimate of `job`.
    ///
    /// - Complexity: O(1).
    package static func estimate(_ job: Job) -> Estimate {
        Estimate(job: job, energy: energy(job.figures))
    }

    /// The energy and emissions of a job of these figures.
    ///
    /// - Complexity: O(1).
    static func energy(_ job: JobFigures) -> EnergyBreakdown {
        let runHours = job.energyIsGiven ? 0 : job.hours * Double(job.runs)
        let devicesKWh = job.devicesWatts * runHours / 1000
        let processorKWh = job.processorWatts * runHours / 1000
        let memoryKWh = job.memoryWatts * runHours / 1000
        let knownKWh = job.knownKWhPerRun * Double(job.runs)
        let itKWh = devicesKWh + processorKWh + memoryKWh + knownKWh
        let energyKWh = itKWh * job.pue
        return EnergyBreakdown(
            devicesKWh: devicesKWh, processorKWh: processorKWh, memoryKWh: memoryKWh, knownKWh: knownKWh,
            itKWh: itKWh, overheadKWh: energyKWh - itKWh, energyKWh: energyKWh, co2eKg: energyKWh * job.intensity / 1000)
    }
}

/// The figures of an estimate, kWh and kg CO2e (see `Estimate`).
struct EnergyBreakdown: Sendable {
    /// Energy of the devices, the CPU, memory and the known IT energy, all runs.
    let devicesKWh: Double, processorKWh: Double, memoryKWh: Double, knownKWh: Double
    /// IT energy (their sum), the facility overhead on it, and the total drawn.
    let itKWh: Double, overheadKWh: Double, energyKWh: Double
    /// Operational emissions.
    let co2eKg: Double
}

extension Job {
    /// The estimate of this job: its energy and emissions with the breakdown.
    ///
    /// - Complexity: O(1).
    public func estimate() -> Estimate { Estimator.estimate(self) }
}
