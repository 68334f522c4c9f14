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

    /// The value of `text` for this field.
    ///
    /// - Throws: `JobError` naming the field and the value when it is not acceptable.
    public func parse(_ text: String) throws(JobError) -> JobValue {
        let value = text.trimmingWhitespace()
        switch self {
        case .hardware, .cpu, .region, .location: return .text(try name(value))
        case .count, .cores: return .integer(try integer(value, in: 1...1_000_000))
        case .runs: return .integer(try integer(value, in: 1...1_000_000_000))
        case .power: return .number(try number(value, in: 0...1_000_000, excludingZero: false))
        case .corePower: return .number(try number(value, in: 0...10_000, excludingZero: false))
        case .utilization: return .number(try number(value, in: 0...1, excludingZero: true))
        case .memory: return .number(try number(value, in: 0...1_000_000_000, excludingZero: false))
        case .energy: return .number(try number(value, in: 0...1e15, excludingZero: false))
        case .hours: return .number(try number(value, in: 0...1_000_000_000, excludingZero: false))
        case .intensity: return .number(try number(value, in: 0...5000, excludingZero: false))
        case .pue: return .number(try number(value, in: 1...5, excludingZero: false))
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
