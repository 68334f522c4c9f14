/// The named parts of a job looked up once: hardware, CPU and place. Combined with a job's
/// numbers it gives the `Job`; a batch reuses one template for every row with the same names.
public struct JobTemplate: Sendable {
    /// The devices' model, if named.
    public let hardware: Hardware?
    /// The CPU model, if named.
    public let cpu: Hardware?
    /// The CPU name as given, for a CPU counted by core power.
    public let cpuName: String?
    /// The named region or zone, if any.
    public let place: Site?
    /// The world-average site, for jobs that name no place.
    let world: Site
    /// The unknown-data-centre PUE, for jobs placed by an intensity alone.
    let unknownPUE: Factor
    /// Power per GB of memory, if the catalog has it.
    let memoryWattsPerGB: Factor?

    /// The job these names and `numbers` describe.
    ///
    /// Defaults: one device, utilisation 1.0 (maximum board power), one run; no place means
    /// the world average at the unknown-data-centre PUE.
    /// - Throws: `JobError` naming the field at fault.
    public func job(with numbers: JobNumbers) throws(JobError) -> Job {
        let devices = try devices(numbers)
        let processor = try processor(numbers)
        var memory: Job.Memory?
        if let gigabytes = numbers.memory {
            guard let memoryWattsPerGB else {
                throw JobError(field: .memory, message: "constants.csv lacks memory_watts_per_gb", reason: .data)
            }
            memory = Job.Memory(gigabytes: gigabytes, wattsPerGB: memoryWattsPerGB)
        }
        let knownEnergy = numbers.energy.map { Factor($0, .userInput(JobField.energy.name)) }
        guard devices != nil || processor != nil || memory != nil || knownEnergy != nil else {
            throw JobError(field: .hardware, message: "missing: give hardware, power, cpu, core-power, memory or energy")
        }
        guard let hours = numbers.hours ?? (knownEnergy == nil ? nil : 0) else {
            throw JobError(field: .hours, message: "missing: how many hours does one run take?")
        }
        var site = place ?? world
        if let intensity = numbers.intensity {
            if place == nil {
                site = Site(
                    id: "custom", name: "custom", kind: .custom, provider: nil, country: nil, continent: nil, gridZone: nil,
                    intensity: Factor(intensity, .userInput(JobField.intensity.name)), pue: unknownPUE)
            } else {
                site = site.with(intensity: Factor(intensity, .userInput(JobField.intensity.name)))
            }
        }
        if let pue = numbers.pue { site = site.with(pue: Factor(pue, .userInput(JobField.pue.name))) }
        return Job(
            devices: devices, processor: processor, memory: memory, knownEnergyKWh: knownEnergy, hours: hours,
            runs: numbers.runs ?? 1, site: site)
    }

    private func devices(_ numbers: JobNumbers) throws(JobError) -> Job.Devices? {
        let watts: Factor
        if let power = numbers.power {
            watts = Factor(power, .userInput(JobField.power.name))
        } else if let hardware {
            watts = Factor(hardware.maxPowerWatts, hardware.provenance)
        } else {
            guard numbers.count == nil, numbers.utilization == nil else {
                throw JobError(field: numbers.count == nil ? .utilization : .count, message: "needs hardware or power")
            }
            return nil
        }
        let utilization = numbers.utilization.map { Factor($0, .userInput(JobField.utilization.name)) }
            ?? Factor(1, .defaultUtilization)
        return Job.Devices(
            name: hardware?.name ?? "custom", hardwareID: hardware?.id, count: numbers.count ?? 1, watts: watts,
            utilization: utilization)
    }

    private func processor(_ numbers: JobNumbers) throws(JobError) -> Job.Processor? {
        if let corePower = numbers.corePower {
            guard let cores = numbers.cores else {
                throw JobError(field: .cores, message: "missing: core-power needs the number of cores")
            }
            return Job.Processor(
                name: cpu?.name ?? cpuName ?? "custom", hardwareID: cpu?.id, cores: cores,
                watts: Factor(corePower, .userInput(JobField.corePower.name)))
        }
        guard let cpu else {
            guard numbers.cores == nil else { throw JobError(field: .cores, message: "needs a cpu model or core-power") }
            return nil
        }
        guard let cores = numbers.cores else {
            return Job.Processor(name: cpu.name, hardwareID: cpu.id, cores: nil, watts: Factor(cpu.maxPowerWatts, cpu.provenance))
        }
        guard let total = cpu.cores else {
            throw JobError(field: .cores, message: "the table has no core count for '\(cpu.name)'; give core-power in watts instead")
        }
        guard cores <= total else {
            throw JobError(field: .cores, message: "\(cores) is more than the \(total) cores of '\(cpu.name)'")
        }
        return Job.Processor(
            name: cpu.name, hardwareID: cpu.id, cores: cores, watts: Factor(cpu.maxPowerWatts / Double(total), cpu.provenance))
    }
}
