/// The numeric inputs of a job, already checked for range by `JobField`.
struct JobNumbers: Sendable, Hashable {
    /// How many devices.
    var count: Int?
    /// Power per device, W.
    var power: Double?
    /// Fraction of maximum power drawn.
    var utilization: Double?
    /// CPU cores used.
    var cores: Int?
    /// Power per CPU core, W.
    var corePower: Double?
    /// Memory, GB.
    var memory: Double?
    /// Known IT energy per run, kWh.
    var energy: Double?
    /// Hours per run, as given by `hours`.
    var hours: Double?
    /// Hours per run, as given by `duration`.
    var duration: Double?
    /// Intensity override, gCO2e/kWh.
    var intensity: Double?
    /// PUE override.
    var pue: Double?
    /// Number of runs.
    var runs: Int?
    /// Requests served per run.
    var requests: Int?
    /// IT energy per request, Wh.
    var whPerRequest: Double?
    /// Tokens generated per run.
    var tokens: Int?
    /// IT energy per token, J.
    var joulesPerToken: Double?
    /// On-site WUE override, L/kWh.
    var wue: Double?
    /// Off-site water intensity override, L/kWh.
    var ewif: Double?
    /// How many instances of an instance type (the batch reads it as a number; what the
    /// type implies is multiplied by it, see `ImpliedNumbers`).
    var instances: Int?
    /// The share of each device the job has (a partial-GPU instance type), if not whole.
    var deviceShare: Double?

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
