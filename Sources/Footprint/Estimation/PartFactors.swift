/// What the formula reads of a job's named parts, as plain numbers: the power of its
/// hardware and CPU, the intensity and PUE of its place, and the catalog's shared factors.
/// `JobParts` gives them; a batch row reads them from its names' cached numbers, touching
/// no object. With a job's numbers they give its `JobFigures`.
struct PartFactors: Sendable {
    /// The device model's maximum power, W, if hardware is named.
    var deviceWatts: Double?
    /// The CPU model's power, W, if a CPU is named.
    var processorWatts: Double?
    /// The CPU model's core count, if a CPU is named and the table has it.
    var processorCores: Int?
    /// Whether a place is named (else the world average stands, or the intensity given).
    var hasPlace: Bool
    /// The intensity (gCO2e/kWh) and PUE of the place, else of the world.
    var siteIntensity: Double, sitePUE: Double
    /// The PUE of a job placed by an intensity alone.
    var unknownPUE: Double
    /// Power per GB of memory, if the catalog has it.
    var memoryWattsPerGB: Double?

    /// The figures these factors and `numbers` give the formula.
    ///
    /// Defaults: one device, utilisation 1.0 (maximum board power), one run; no place means
    /// the world average at the unknown-data-centre PUE.
    /// - Parameter processorName: the CPU's table name, for the error of a CPU without a core count.
    /// - Throws: `JobError` naming the field at fault.
    @inline(__always)
    func figures(with numbers: JobNumbers, processorName: @autoclosure () -> String) throws(JobError) -> JobFigures {
        var deviceWatts = 0.0, deviceCount = 0
        if let power = numbers.power ?? self.deviceWatts {
            deviceWatts = power * (numbers.deviceShare ?? 1)
            deviceCount = numbers.count ?? 1
        } else if numbers.count != nil || numbers.utilization != nil {
            throw JobError(field: numbers.count == nil ? .utilization : .count, message: "needs hardware or power")
        }
        let processorWatts = try processorWatts(numbers, processorName: processorName)
        var memoryWatts = 0.0
        if let gigabytes = numbers.memory {
            guard let memoryWattsPerGB else {
                throw JobError(field: .memory, message: "constants.csv lacks memory_watts_per_gb", reason: .data)
            }
            memoryWatts = gigabytes * memoryWattsPerGB
        }
        let knownKWh = try Self.knownKWhPerRun(numbers)
        guard deviceCount > 0 || processorWatts != nil || numbers.memory != nil || knownKWh != nil else {
            throw JobError(field: .hardware, message: "missing: give hardware, power, cpu, core-power, memory or energy")
        }
        guard let hours = try numbers.runHours() ?? (knownKWh == nil ? nil : 0) else {
            throw JobError(field: .hours, message: "missing: how many hours does one run take? (or give duration, e.g. 3d or 01:30:00)")
        }
        let intensity = numbers.intensity ?? siteIntensity
        let pue = numbers.pue ?? (!hasPlace && numbers.intensity != nil ? unknownPUE : sitePUE)
        return JobFigures(
            deviceWatts: deviceWatts, deviceCount: deviceCount, utilization: numbers.utilization ?? 1,
            processorWatts: processorWatts ?? 0, memoryWatts: memoryWatts, knownKWhPerRun: knownKWh ?? 0,
            energyIsGiven: numbers.energy != nil || numbers.whPerRequest != nil || numbers.joulesPerToken != nil,
            hours: hours, runs: numbers.runs ?? 1, intensity: intensity, pue: pue)
    }

    /// Known IT energy per run: `energy`, plus requests × Wh per request, plus tokens × J
    /// per token; nil when none is given.
    private static func knownKWhPerRun(_ numbers: JobNumbers) throws(JobError) -> Double? {
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
    private func processorWatts(_ numbers: JobNumbers, processorName: () -> String) throws(JobError) -> Double? {
        if let corePower = numbers.corePower {
            guard let cores = numbers.cores else {
                throw JobError(field: .cores, message: "missing: core-power needs the number of cores")
            }
            return corePower * Double(cores)
        }
        guard let watts = self.processorWatts else {
            guard numbers.cores == nil else { throw JobError(field: .cores, message: "needs a cpu model or core-power") }
            return nil
        }
        guard let cores = numbers.cores else { return watts }
        guard let total = processorCores else {
            throw JobError(field: .cores, message: "the table has no core count for '\(processorName())'; give core-power in watts instead")
        }
        return watts / Double(total) * Double(cores)
    }
}
