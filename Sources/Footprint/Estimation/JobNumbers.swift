/// The numeric inputs of a job, already checked for range by `JobField`; each optional is
/// `Packed` into 8 bytes.
struct JobNumbers: Sendable, Hashable {
    /// How many devices.
    @Packed var count: Int? = nil
    /// Power per device, W.
    @Packed var power: Double? = nil
    /// Fraction of maximum power drawn.
    @Packed var utilization: Double? = nil
    /// CPU cores used.
    @Packed var cores: Int? = nil
    /// Power per CPU core, W.
    @Packed var corePower: Double? = nil
    /// Memory, GB.
    @Packed var memory: Double? = nil
    /// Known IT energy per run, kWh.
    @Packed var energy: Double? = nil
    /// Hours per run, as given by `hours`.
    @Packed var hours: Double? = nil
    /// Hours per run, as given by `duration`.
    @Packed var duration: Double? = nil
    /// Intensity override, gCO2e/kWh.
    @Packed var intensity: Double? = nil
    /// PUE override.
    @Packed var pue: Double? = nil
    /// Number of runs.
    @Packed var runs: Int? = nil
    /// Requests served per run.
    @Packed var requests: Int? = nil
    /// IT energy per request, Wh.
    @Packed var whPerRequest: Double? = nil
    /// Tokens generated per run.
    @Packed var tokens: Int? = nil
    /// IT energy per token, J.
    @Packed var joulesPerToken: Double? = nil
    /// On-site WUE override, L/kWh.
    @Packed var wue: Double? = nil
    /// Off-site water intensity override, L/kWh.
    @Packed var ewif: Double? = nil
    /// How many instances of an instance type (the batch reads it as a number; what the
    /// type implies is multiplied by it, see `ImpliedNumbers`).
    @Packed var instances: Int? = nil
    /// The share of each device the job has (a partial-GPU instance type), if not whole.
    @Packed var deviceShare: Double? = nil

    /// Numbers; unset ones take the defaults of `JobTemplate.job(with:)`.
    init(
        count: Int? = nil, power: Double? = nil, utilization: Double? = nil, cores: Int? = nil, corePower: Double? = nil,
        memory: Double? = nil, energy: Double? = nil, hours: Double? = nil, intensity: Double? = nil, pue: Double? = nil,
        runs: Int? = nil
    ) {
        self.count = count
        self.power = power
        self.utilization = utilization
        self.cores = cores
        self.corePower = corePower
        self.memory = memory
        self.energy = energy
        self.hours = hours
        self.intensity = intensity
        self.pue = pue
        self.runs = runs
    }

    /// The numbers of `spec`.
    init(_ spec: JobSpec) {
        self.init(
            count: spec.count, power: spec.power, utilization: spec.utilization, cores: spec.cores, corePower: spec.corePower,
            memory: spec.memory, energy: spec.energy, hours: spec.hours, intensity: spec.intensity, pue: spec.pue, runs: spec.runs)
        duration = spec.duration
        requests = spec.requests
        whPerRequest = spec.whPerRequest
        tokens = spec.tokens
        joulesPerToken = spec.joulesPerToken
        wue = spec.wue
        ewif = spec.ewif
        instances = spec.instances
    }

    /// Hours per run from `hours` or `duration`; nil when neither is given.
    ///
    /// - Throws: `JobError` naming both when they are given with different values.
    func runHours() throws(JobError) -> Double? {
        guard let hours, let duration else { return hours ?? duration }
        guard abs(hours - duration) <= 1e-9 * max(hours, duration) else {
            throw JobError(
                field: .duration,
                message: "gives \(NumberFormat.json(duration)) h but hours gives \(NumberFormat.json(hours)): give one of duration and hours")
        }
        return hours
    }

    /// Sets the whole-number `field` (count, cores, runs, instances, ...); other fields are ignored.
    mutating func set(_ field: JobField, integer value: Int) {
        switch field {
        case .count: count = value
        case .cores: cores = value
        case .runs: runs = value
        case .requests: requests = value
        case .tokens: tokens = value
        case .instances: instances = value
        default: break
        }
    }

    /// Sets the number `field` (power, utilization, ...); other fields are ignored.
    mutating func set(_ field: JobField, number value: Double) {
        switch field {
        case .power: power = value
        case .utilization: utilization = value
        case .corePower: corePower = value
        case .memory: memory = value
        case .energy: energy = value
        case .hours: hours = value
        case .duration: duration = value
        case .intensity: intensity = value
        case .pue: pue = value
        case .whPerRequest: whPerRequest = value
        case .joulesPerToken: joulesPerToken = value
        case .wue: wue = value
        case .ewif: ewif = value
        default: break
        }
    }
}
