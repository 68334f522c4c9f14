/// One input of a job: its name (the command's option and the batch file's column), what
/// it accepts, and how it is parsed into a `JobSpec`.
public enum JobField: String, Sendable, CaseIterable {
    case hardware, count, power, utilization, cpu, cores, corePower = "core-power", memory, energy, hours
    case region, provider, location, intensity, pue, runs
    case instance, instances, slice
    case requests, whPerRequest = "wh-per-request", tokens, joulesPerToken = "joules-per-token", wue, ewif

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
        case .provider: "PROVIDER"
        case .location: "CODE"
        case .intensity: "G_PER_KWH"
        case .pue: "PUE"
        case .requests, .tokens: "N"
        case .whPerRequest: "WH"
        case .joulesPerToken: "JOULES"
        case .wue, .ewif: "L_PER_KWH"
        case .instance: "[PROVIDER:]TYPE"
        case .instances: "N"
        case .slice: "SLICE"
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
        case .provider: "cloud provider a region name is looked up in, e.g. aws (for names such as 'virginia')"
        case .location: "country or grid zone code, e.g. FR, US-VA, CA-QC"
        case .intensity: "grid carbon intensity in gCO2e/kWh, overriding the location's"
        case .pue: "data-centre PUE, overriding the location's"
        case .runs: "how many times the job runs (default 1)"
        case .requests: "requests served per run: adds g CO2e per request (and energy with wh-per-request)"
        case .whPerRequest: "IT energy per request in Wh (with requests), instead of power × hours"
        case .tokens: "tokens generated per run (with joules-per-token)"
        case .joulesPerToken: "IT energy per token in joules (with tokens)"
        case .wue: "on-site water use effectiveness in L/kWh of IT energy, overriding the provider's"
        case .ewif: "off-site water intensity of electricity in L/kWh, overriding the country's"
        case .instance: "cloud instance type, e.g. p4d.24xlarge or aws:p4d.24xlarge: fills hardware, count, cpu, cores and memory (see `footprint instances`)"
        case .instances: "how many instances of the type (default 1)"
        case .slice: "TPU slice, e.g. v4-128, v5e-16: the chip count (v2/v3/v4/v5p names count 2 TensorCores per chip)"
        }
    }

    /// What a field accepts.
    public enum ValueKind: Sendable, Equatable {
        /// A non-empty name.
        case name
        /// A whole number in the range.
        case integer(ClosedRange<Int>)
        /// A finite number in the range (zero excluded when `positive`).
        case number(ClosedRange<Double>, positive: Bool)
    }

    /// What this field accepts.
    public var valueKind: ValueKind {
        switch self {
        case .hardware, .cpu, .region, .provider, .location, .instance, .slice: .name
        case .count, .cores, .instances: .integer(1...1_000_000)
        case .runs: .integer(1...1_000_000_000)
        case .requests, .tokens: .integer(1...1_000_000_000_000_000)
        case .whPerRequest: .number(0...1_000_000, positive: false)
        case .joulesPerToken: .number(0...1_000_000, positive: false)
        case .wue, .ewif: .number(0...100, positive: false)
        case .power: .number(0...1_000_000, positive: false)
        case .corePower: .number(0...10_000, positive: false)
        case .utilization: .number(0...1, positive: true)
        case .memory, .hours: .number(0...1_000_000_000, positive: false)
        case .energy: .number(0...1e15, positive: false)
        case .intensity: .number(0...5000, positive: false)
        case .pue: .number(1...5, positive: false)
        }
    }

    /// The value of `text` for this field.
    ///
    /// - Throws: `JobError` naming the field and the value when it is not acceptable.
    public func parse(_ text: String) throws(JobError) -> JobValue {
        let value = text.trimmingWhitespace()
        switch valueKind {
        case .name:
            guard !value.isEmpty else { throw JobError(field: self, message: "is empty") }
            return .text(value)
        case .integer:
            guard let number = Int(value) else { throw JobError(field: self, message: "'\(value)' is not a whole number") }
            return .integer(try checked(integer: number))
        case .number:
            guard let number = Double(value), number.isFinite, !value.contains(where: { $0 == "x" || $0 == "X" }) else {
                throw JobError(field: self, message: "'\(value)' is not a number")
            }
            return .number(try checked(number: number))
        }
    }

    /// `number` if it lies in this integer field's range.
    public func checked(integer number: Int) throws(JobError) -> Int {
        guard case let .integer(range) = valueKind, range.contains(number) else {
            let range = if case let .integer(range) = valueKind { "\(range.lowerBound)...\(range.upperBound)" } else { "a name" }
            throw JobError(field: self, message: "\(number) is outside \(range)")
        }
        return number
    }

    /// `number` if it lies in this number field's range.
    public func checked(number: Double) throws(JobError) -> Double {
        guard case let .number(range, positive) = valueKind else {
            throw JobError(field: self, message: "takes no number")
        }
        guard range.contains(number), !(positive && number == 0) else {
            let lower = positive ? "more than \(NumberFormat.json(range.lowerBound))" : "at least \(NumberFormat.json(range.lowerBound))"
            throw JobError(field: self, message: "\(NumberFormat.json(number)) is out of range (\(lower), at most \(NumberFormat.json(range.upperBound)))")
        }
        return number
    }
}
