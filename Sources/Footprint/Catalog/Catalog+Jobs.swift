extension Catalog {
    /// The job `spec` describes, with every name looked up and every factor chosen.
    ///
    /// Defaults: one device, utilisation 1.0 (maximum board power), one run; no location
    /// means the world average at the unknown-data-centre PUE.
    /// - Throws: `JobError` naming the field at fault.
    public func job(for spec: JobSpec) throws(JobError) -> Job {
        var assumptions: [String] = []
        let devices = try devices(for: spec, assumptions: &assumptions)
        let processor = try processor(for: spec)
        var memory: Job.Memory?
        if let gigabytes = spec.memory {
            let wattsPerGB = try dataFactor { () throws(DataError) in try constant("memory_watts_per_gb") }
            memory = Job.Memory(gigabytes: gigabytes, wattsPerGB: wattsPerGB)
        }
        let knownEnergy = spec.energy.map { Factor($0, .userInput(JobField.energy.name)) }
        guard !devices.isEmpty || processor != nil || memory != nil || knownEnergy != nil else {
            throw JobError(field: .hardware, message: "no device: give hardware, power, cpu, memory or energy")
        }
        let hours: Double
        if let given = spec.hours {
            hours = given
        } else if knownEnergy != nil {
            hours = 0
        } else {
            throw JobError(field: .hours, message: "missing: how many hours does one run take?")
        }
        let site = try site(for: spec, assumptions: &assumptions)
        return Job(
            devices: devices, processor: processor, memory: memory, knownEnergyKWh: knownEnergy, hours: hours,
            runs: spec.runs ?? 1, site: site, assumptions: assumptions)
    }

    private func devices(for spec: JobSpec, assumptions: inout [String]) throws(JobError) -> [Job.Devices] {
        var hardware: Hardware?
        if let name = spec.hardware { hardware = try self.hardware.resolve(name, kind: "hardware", for: .hardware) }
        let watts: Factor
        if let power = spec.power {
            watts = Factor(power, .userInput(JobField.power.name))
        } else if let hardware {
            watts = Factor(hardware.maxPowerWatts, hardware.provenance)
        } else {
            guard spec.count == nil, spec.utilization == nil else {
                throw JobError(field: .hardware, message: "count and utilization need hardware or power")
            }
            return []
        }
        let utilization: Factor
        if let given = spec.utilization {
            utilization = Factor(given, .userInput(JobField.utilization.name))
        } else {
            utilization = Factor(1, Provenance(source: "default: maximum board power, as ML CO2 Impact and Green Algorithms assume", year: nil, table: nil))
            assumptions.append("devices draw their maximum board power (utilization 1.0); real average draw is usually lower")
        }
        return [Job.Devices(
            name: hardware?.name ?? "custom", hardwareID: hardware?.id, count: spec.count ?? 1, watts: watts,
            utilization: utilization)]
    }

    private func processor(for spec: JobSpec) throws(JobError) -> Job.Processor? {
        if let corePower = spec.corePower {
            guard let cores = spec.cores else { throw JobError(field: .cores, message: "missing: core-power needs the number of cores") }
            return Job.Processor(name: spec.cpu ?? "custom", hardwareID: nil, cores: cores, watts: Factor(corePower, .userInput(JobField.corePower.name)))
        }
        guard let name = spec.cpu else {
            guard spec.cores == nil else { throw JobError(field: .cores, message: "cores need a cpu model or core-power") }
            return nil
        }
        let cpu = try hardware.resolve(name, kind: "CPU", for: .cpu)
        guard let cores = spec.cores else {
            return Job.Processor(name: cpu.name, hardwareID: cpu.id, cores: nil, watts: Factor(cpu.maxPowerWatts, cpu.provenance))
        }
        guard let total = cpu.cores else {
            throw JobError(field: .cores, message: "the table has no core count for '\(cpu.name)'; give core-power in watts instead")
        }
        guard cores <= total else {
            throw JobError(field: .cores, message: "\(cores) is more than the \(total) cores of '\(cpu.name)'")
        }
        let perCore = Factor(cpu.maxPowerWatts / Double(total), cpu.provenance)
        return Job.Processor(name: cpu.name, hardwareID: cpu.id, cores: cores, watts: perCore)
    }

    private func site(for spec: JobSpec, assumptions: inout [String]) throws(JobError) -> Site {
        guard spec.region == nil || spec.location == nil else {
            throw JobError(field: .location, message: "give either region or location, not both")
        }
        var site: Site
        if let name = spec.region {
            let region = try regions.resolve(name, kind: "region", for: .region)
            site = try dataFactor { () throws(DataError) in try self.site(of: region) }
        } else if let name = spec.location {
            let zone = try grids.resolve(name, kind: "location", for: .location)
            site = try dataFactor { () throws(DataError) in try self.site(of: zone) }
        } else if let intensity = spec.intensity {
            let pue = try dataFactor { () throws(DataError) in try self.pue(region: nil, provider: nil) }
            site = Site(
                id: "custom", name: "custom", kind: .custom, provider: nil, country: nil, continent: nil, gridZone: nil,
                intensity: Factor(intensity, .userInput(JobField.intensity.name)), pue: pue)
        } else {
            site = try dataFactor { () throws(DataError) in try worldSite() }
            assumptions.append("no location given: world-average grid intensity")
        }
        if let intensity = spec.intensity { site = site.with(intensity: Factor(intensity, .userInput(JobField.intensity.name))) }
        if let pue = spec.pue { site = site.with(pue: Factor(pue, .userInput(JobField.pue.name))) }
        return site
    }

    /// The result of `body`, with a data fault reported as a job error.
    private func dataFactor<T>(_ body: () throws(DataError) -> T) throws(JobError) -> T {
        do { return try body() } catch { throw JobError(field: nil, message: error.description, reason: .data) }
    }
}
