extension Job {
    /// Devices of one model running together.
    package struct Devices: Sendable, Hashable {
        /// Display name of the model, or "custom" for an explicit power.
        public let name: String
        /// Catalog id of the model, when it comes from the catalog.
        public let hardwareID: String?
        /// Number of devices.
        public let count: Int
        /// Power per device in watts.
        public let watts: Factor
        /// Average fraction of that power drawn.
        public let utilization: Factor
    }

    /// The host processor's share of power.
    package struct Processor: Sendable, Hashable {
        /// Display name of the CPU, or "custom".
        public let name: String
        /// Catalog id of the model, when it comes from the catalog.
        public let hardwareID: String?
        /// Cores used, when counted per core.
        public let cores: Int?
        /// Power per core (when `cores` is set) or for the whole CPU, in watts.
        public let watts: Factor
        /// How many CPUs of the model the cores take (`cores` over the model's cores,
        /// rounded up), when more than one: a dual-socket node gives 2.
        public let sockets: Int?
    }

    /// Memory and the power per GB it is counted at.
    package struct Memory: Sendable, Hashable {
        /// Gigabytes.
        public let gigabytes: Double
        /// Watts per GB.
        public let wattsPerGB: Factor
    }

    /// The devices with their factors, if the job counts any.
    package var devices: Devices? {
        guard deviceCount > 0 else { return nil }
        let hardware = template.hardware
        let watts = numbers.power.map { Factor($0, .userInput(JobField.power.name)) }
            ?? Factor(deviceWatts, hardware?.provenance ?? .userInput(JobField.power.name))
        let utilization = numbers.utilization.map { Factor($0, .userInput(JobField.utilization.name)) }
            ?? Factor(1, .defaultUtilization)
        return Devices(name: hardware?.name ?? "custom", hardwareID: hardware?.id, count: deviceCount, watts: watts, utilization: utilization)
    }

    /// The CPU with its factor, if the job counts one.
    package var processor: Processor? {
        let cpu = template.cpu
        if let corePower = numbers.corePower, let cores = numbers.cores {
            return Processor(
                name: cpu?.name ?? template.cpuName ?? "custom", hardwareID: cpu?.id, cores: cores,
                watts: Factor(corePower, .userInput(JobField.corePower.name)), sockets: nil)
        }
        guard let cpu else { return nil }
        guard let cores = numbers.cores else {
            return Processor(
                name: cpu.name, hardwareID: cpu.id, cores: nil, watts: Factor(cpu.maxPowerWatts, cpu.provenance), sockets: nil)
        }
        let sockets = cpu.cores.map { (cores + $0 - 1) / $0 }.flatMap { $0 > 1 ? $0 : nil }
        return Processor(
            name: cpu.name, hardwareID: cpu.id, cores: cores, watts: Factor(processorWatts / Double(cores), cpu.provenance),
            sockets: sockets)
    }

    /// The memory with its factor, if the job counts it.
    package var memory: Memory? {
        guard let gigabytes = numbers.memory, let wattsPerGB = template.memoryWattsPerGB else { return nil }
        return Memory(gigabytes: gigabytes, wattsPerGB: wattsPerGB)
    }

    /// The known IT energy per run, if given (energy, requests × Wh, tokens × J).
    public var knownEnergyKWh: Factor? {
        let inputs = [
            numbers.energy.map { _ in JobField.energy.name }, numbers.whPerRequest.map { _ in "requests × wh-per-request" },
            numbers.joulesPerToken.map { _ in "tokens × joules-per-token" },
        ].compactMap { $0 }
        return inputs.isEmpty ? nil : Factor(knownKWhPerRun, .userInput(inputs.joined(separator: " + ")))
    }

    /// Where the job runs, with the intensity and PUE used and their provenance.
    public var site: Site {
        var site = template.place ?? template.world
        if let intensity = numbers.intensity {
            let factor = Factor(intensity, .userInput(JobField.intensity.name))
            site = template.place == nil
                ? Site(
                    id: JobParts.customSiteID, name: JobParts.customSiteID, kind: .custom, provider: nil, country: nil, continent: nil, gridZone: nil,
                    intensity: factor, basis: nil, pue: template.unknownPUE)
                : site.with(intensity: factor)
        }
        if let pue = numbers.pue { site = site.with(pue: Factor(pue, .userInput(JobField.pue.name))) }
        return site
    }

    /// Assumptions the estimate rests on, in words, for the report.
    public var assumptions: [String] {
        var assumptions: [String] = []
        if deviceCount > 0, numbers.utilization == nil, !energyIsGiven {
            assumptions.append("devices draw their maximum board power (utilization 1.0); real average draw is usually lower")
        }
        if template.place == nil, numbers.intensity == nil {
            assumptions.append("no location given: world-average grid intensity and the unknown-data-centre PUE")
        }
        if energyIsGiven {
            let unused = unusedInputs
            assumptions.append(
                "the given IT energy replaces power × hours"
                    + (deviceCount > 0 && unused.contains(JobField.hardware.name) == false ? "; the devices count only for embodied emissions" : "")
                    + (unused.isEmpty ? "" : "; not used: " + unused.map { "--" + $0 }.joined(separator: ", ")))
        } else {
            assumptions.append(notIncluded)
        }
        return assumptions
    }

    /// What the power-based estimate leaves out, and how to add the parts that can be.
    private var notIncluded: String {
        var addable: [String] = []
        if numbers.corePower == nil, template.cpu == nil, template.hardware?.kind != .cpu {
            addable.append("the host CPU (add --cpu MODEL --cores N, or --core-power W --cores N)")
        }
        if numbers.memory == nil { addable.append("memory (add --memory GB)") }
        let server = deviceCount > 0 && !addable.isEmpty ? "; a server draws more than its accelerators' board power" : ""
        return "not included: " + (addable + ["storage, networking and the rest of the server"]).joined(separator: "; ") + server
    }

    /// The same job at `site`, with that site's own intensity and PUE (overrides dropped).
    public func placed(at site: Site) -> Job {
        var numbers = self.numbers
        numbers.intensity = nil
        numbers.pue = nil
        var figures = self.figures
        figures.intensity = site.intensity.value
        figures.pue = site.pue.value
        return Job(template: template.placed(at: site), numbers: numbers, figures: figures)
    }
}
