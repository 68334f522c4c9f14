/// One input of a job: its name (the command's option and the batch file's column), what
/// it accepts, and how it is parsed into a `JobSpec`.
public enum JobField: String, Sendable, CaseIterable {
    case hardware, count, power, utilization, cpu, cores, corePower = "core-power", memory, energy, hours
    case region, location, intensity, pue, runs

    /// The option or column name, such as `core-power`.
    public var name: String { rawValue }

    /// A placeholder for the value in help text.
    public var valueName: String {
        switch self {
        case .hardware, .cpu: "NAME"
        case .count, .cores, .runs: "N"
        case .power, .corePower: "WATTS"
        case .utilization: "FRACTION"
        case .memory: "GB"
        case .energy: "KWH"
        case .hours: "HOURS"
        case .region: "PROVIDER:REGION"
        case .location: "CODE"
        case .intensity: "G_PER_KWH"
        case .pue: "PUE"
        }
    }

    /// One line on what the field means.
    public var summary: String {
        switch self {
        case .hardware: "accelerator or CPU model, e.g. 'A100 SXM4 80GB' (see `footprint hardware`)"
        case .count: "number of devices (default 1)"
        case .power: "power per device in watts, instead of the model's maximum"
        case .utilization: "average fraction of maximum power drawn, 0-1 (default 1: maximum board power)"
        case .cpu: "CPU model, counted at its TDP (or TDP per core × --cores)"
        case .cores: "CPU cores used (default: all the model's cores)"
        case .corePower: "power per CPU core in watts, instead of a CPU model"
        case .memory: "memory in GB, at a fixed power per GB"
        case .energy: "known IT energy per run in kWh, instead of power × hours"
        case .hours: "duration of one run in hours"
        case .region: "cloud region, e.g. aws:us-east-1, gcp:europe-west1 (see `footprint locations`)"
        case .location: "country or grid zone code, e.g. FR, US-VA, CA-QC"
        case .intensity: "grid carbon intensity in gCO2e/kWh, overriding the location's"
        case .pue: "data-centre PUE, overriding the location's"
        case .runs: "how many times the job runs (default 1)"
        }
    }

    /// Parses `text` into this field of `spec`.
    ///
    /// - Throws: `JobError` naming the field and the value when it is not acceptable.
    public func set(_ text: String, in spec: inout JobSpec) throws(JobError) {
        let value = text.trimmingWhitespace()
        switch self {
        case .hardware: spec.hardware = try name(value)
        case .cpu: spec.cpu = try name(value)
        case .region: spec.region = try name(value)
        case .location: spec.location = try name(value)
        case .count: spec.count = try integer(value, in: 1...1_000_000)
        case .cores: spec.cores = try integer(value, in: 1...1_000_000)
        case .runs: spec.runs = try integer(value, in: 1...1_000_000_000)
        case .power: spec.power = try number(value, in: 0...1_000_000, excludingZero: false)
        case .corePower: spec.corePower = try number(value, in: 0...10_000, excludingZero: false)
        case .utilization: spec.utilization = try number(value, in: 0...1, excludingZero: true)
        case .memory: spec.memory = try number(value, in: 0...1_000_000_000, excludingZero: false)
        case .energy: spec.energy = try number(value, in: 0...1e15, excludingZero: false)
        case .hours: spec.hours = try number(value, in: 0...1_000_000_000, excludingZero: false)
        case .intensity: spec.intensity = try number(value, in: 0...5000, excludingZero: false)
        case .pue: spec.pue = try number(value, in: 1...5, excludingZero: false)
        }
    }

    /// Whether `spec` has this field set.
    func isSet(in spec: JobSpec) -> Bool {
        var only = JobSpec()
        copy(from: spec, to: &only)
        return only != JobSpec()
    }

    /// Sets this field of `target` to its value in `source`.
    func copy(from source: JobSpec, to target: inout JobSpec) {
        switch self {
        case .hardware: target.hardware = source.hardware
        case .count: target.count = source.count
        case .power: target.power = source.power
        case .utilization: target.utilization = source.utilization
        case .cpu: target.cpu = source.cpu
        case .cores: target.cores = source.cores
        case .corePower: target.corePower = source.corePower
        case .memory: target.memory = source.memory
        case .energy: target.energy = source.energy
        case .hours: target.hours = source.hours
        case .region: target.region = source.region
        case .location: target.location = source.location
        case .intensity: target.intensity = source.intensity
        case .pue: target.pue = source.pue
        case .runs: target.runs = source.runs
        }
    }

    private func name(_ value: String) throws(JobError) -> String {
        guard !value.isEmpty else { throw JobError(field: self, message: "is empty") }
        return value
    }

    private func integer(_ value: String, in range: ClosedRange<Int>) throws(JobError) -> Int {
        guard let number = Int(value) else {
            throw JobError(field: self, message: "'\(value)' is not a whole number")
        }
        guard range.contains(number) else {
            throw JobError(field: self, message: "\(value) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    private func number(_ value: String, in range: ClosedRange<Double>, excludingZero: Bool) throws(JobError) -> Double {
        guard let number = Double(value), number.isFinite, !value.contains(where: { $0 == "x" || $0 == "X" }) else {
            throw JobError(field: self, message: "'\(value)' is not a number")
        }
        guard range.contains(number), !(excludingZero && number == 0) else {
            let lower = excludingZero ? "more than \(range.lowerBound)" : "at least \(range.lowerBound)"
            throw JobError(field: self, message: "\(value) is out of range (\(lower), at most \(range.upperBound))")
        }
        return number
    }
}
