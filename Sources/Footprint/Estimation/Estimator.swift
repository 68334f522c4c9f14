/// The formula, and nothing else:
///
///     energy_kWh = hours × runs × (Σ device W × count × utilisation + CPU W + memory W) × PUE / 1000
///     co2e_kg    = energy_kWh × intensity (gCO2e/kWh) / 1000
///
/// A known IT energy per run (`Job.knownEnergyKWh`) is added to the power-based part.
public enum Estimator {
    /// The estimate of `job`.
    ///
    /// - Complexity: O(number of device groups).
    public static func estimate(_ job: Job) -> Estimate {
        let runHours = job.hours * Double(job.runs)
        let deviceWatts = job.devices.map { $0.watts.value * Double($0.count) * $0.utilization.value } ?? 0
        let devicesKWh = deviceWatts * runHours / 1000
        let processorKWh = (job.processor?.totalWatts ?? 0) * runHours / 1000
        let memoryKWh = job.memory.map { $0.gigabytes * $0.wattsPerGB.value * runHours / 1000 } ?? 0
        let knownKWh = (job.knownEnergyKWh?.value ?? 0) * Double(job.runs)
        let itKWh = devicesKWh + processorKWh + memoryKWh + knownKWh
        let energyKWh = itKWh * job.site.pue.value
        return Estimate(
            job: job, devicesKWh: devicesKWh, processorKWh: processorKWh, memoryKWh: memoryKWh, knownKWh: knownKWh,
            itKWh: itKWh, overheadKWh: energyKWh - itKWh, energyKWh: energyKWh,
            co2eKg: energyKWh * job.site.intensity.value / 1000)
    }
}
