/// The named parts of a job looked up: hardware, CPU and place, with what every job of the
/// catalog shares. With a job's numbers they give the figures of the formula. A `Job` holds
/// them in a shared `JobTemplate`; a batch row uses them as they are, allocating nothing.
struct JobParts: Sendable {
    /// The devices' model, if named.
    let hardware: Hardware?
    /// The CPU model, if named.
    let cpu: Hardware?
    /// The CPU name as given, for a CPU counted by core power.
    let cpuName: String?
    /// The named region or zone, if any.
    let place: Site?
    /// What every job of a catalog shares: the world fallback, the unknown PUE, memory power.
    let context: JobContext
    /// What a cloud instance type or a TPU slice implied, if the job named one.
    let implied: ImpliedHardware?

    /// The id of the site of a job placed by an intensity alone.
    static let customSiteID = "custom"

    /// Parts; `Catalog.template(hardware:cpu:region:location:)` makes them from names.
    init(hardware: Hardware?, cpu: Hardware?, cpuName: String?, place: Site?, context: JobContext, implied: ImpliedHardware? = nil) {
        self.hardware = hardware
        self.cpu = cpu
        self.cpuName = cpuName
        self.place = place
        self.context = context
        self.implied = implied
    }

    /// The id of the site a job of these parts and `numbers` runs at: the place, else
    /// `customSiteID` for a job giving an intensity, else the world.
    func siteID(_ numbers: JobNumbers) -> String {
        place?.id ?? (numbers.intensity != nil ? Self.customSiteID : context.world.id)
    }

    /// The figures these parts and `numbers` give the formula.
    ///
    /// Defaults: one device, utilisation 1.0 (maximum board power), one run; no place means
    /// the world average at the unknown-data-centre PUE.
    /// - Throws: `JobError` naming the field at fault.
    func figures(with numbers: JobNumbers) throws(JobError) -> JobFigures {
        var deviceWatts = 0.0, deviceCount = 0
        if let power = numbers.power ?? hardware?.maxPowerWatts {
            deviceWatts = power * (numbers.deviceShare ?? 1)
            deviceCount = numbers.count ?? 1
        } else if numbers.count != nil || numbers.utilization != nil {
            throw JobError(field: numbers.count == nil ? .utilization : .count, message: "needs hardware or power")
        }
        let processorWatts = try processorWatts(numbers)
        var memoryWatts = 0.0
        if let gigabytes = numbers.memory {
            guard let memoryWattsPerGB = context.memoryWattsPerGB else {
                throw JobError(field: .memory, message: "constants.csv lacks memory_watts_per_gb", reason: .data)
            }
            memoryWatts = gigabytes * memoryWattsPerGB.value
        }
        let knownKWh = try knownKWhPerRun(numbers)
        guard deviceCount > 0 || processorWatts != nil || numbers.memory != nil || knownKWh != nil else {
            throw JobError(field: .hardware, message: "missing: give hardware, power, cpu, core-power, memory or energy")
        }
        guard let hours = try numbers.runHours() ?? (knownKWh == nil ? nil : 0) else {
            throw JobError(field: .hours, message: "missing: how many hours does one run take? (or give duration, e.g. 3d or 01:30:00)")
        }
        let site = place ?? context.world
        let intensity = numbers.intensity ?? site.intensity.value
        let pue = numbers.pue ?? (place == nil && numbers.intensity != nil ? context.unknownPUE.value : site.pue.value)
        return JobFigures(
            deviceWatts: deviceWatts, deviceCount: deviceCount, utilization: numbers.utilization ?? 1,
            processorWatts: processorWatts ?? 0, memoryWatts: memoryWatts, knownKWhPerRun: knownKWh ?? 0,
            energyIsGiven: numbers.energy != nil || numbers.whPerRequest != nil || numbers.joulesPerToken != nil,
            hours: hours, runs: numbers.runs ?? 1, intensity: intensity, pue: pue)
    }

    /// Known IT energy per run: `energy`, plus requests × Wh per request, plus tokens × J
    /// per token; nil when none is given.
    private func knownKWhPerRun(_ numbers: JobNumbers) throws(JobError) -> Double? {
        var total: Double?
        if let energy = numbers.energy { total = energy }
        if let whPerRequest = numbers.whPerRequest {
            guard let requests = numbers.requests else {
                throw JobError(field: .requests, message: "missing: wh-per-request needs the number of requests")
            }
            total = (total ?? 0) + Double(requests) * whPerRequest / 1000
        }
        if let joulesPerToken = numbers.joulesPerToken {
            guard let tokens = numbers.tokens else {
                throw JobError(field: .tokens, message: "missing: joules-per-token needs the number of tokens")
            }
            total = (total ?? 0) + Double(tokens) * joulesPerToken / 3_600_000
        } else if numbers.tokens != nil {
            throw JobError(field: .joulesPerToken, message: "missing: tokens need joules-per-token")
        }
        return total
    }

    /// Total CPU watts, or nil when the job counts no CPU.
    private func processorWatts(_ numbers: JobNumbers) throws(JobError) -> Double? {
        if let corePower = numbers.corePower {
            guard let cores = numbers.cores else {
                throw JobError(field: .cores, message: "missing: core-power needs the number of cores")
            }
            return corePower * Double(cores)
        }
        guard let cpu else {
            guard numbers.cores == nil else { throw JobError(field: .cores, message: "needs a cpu model or core-power") }
            return nil
        }
        guard let cores = numbers.cores else { return cpu.maxPowerWatts }
        guard let total = cpu.cores else {
            throw JobError(field: .cores, message: "the table has no core count for '\(cpu.name)'; give core-power in watts instead")
        }
        return cpu.maxPowerWatts / Double(total) * Double(cores)
    }
}
