/// One input of a job: its name (the command's option and the batch file's column), what
/// it accepts, and how it is parsed into a `JobSpec`.
public enum JobField: String, Sendable, CaseIterable {
    case hardware, count, power, utilization, cpu, cores, corePower = "core-power", memory, energy, hours, duration
    case region, provider, location, intensity, pue, runs
    case instance, instances, slice
    case requests, whPerRequest = "wh-per-request", tokens, joulesPerToken = "joules-per-token", wue, ewif

    /// The option or column name, such as `core-power`.
    public var name: String { rawValue }

    /// A placeholder for the value in help text.
    package var valueName: String {
        switch self {
        case .hardware, .cpu: "NAME"
        case .count, .cores, .runs: "N"
        case .power, .corePower: "WATTS"
        case .utilization: "FRACTION"
        case .memory: "GB"
        case .energy: "KWH"
        case .hours: "HOURS"
        case .duration: "DURATION"
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
    package var summary: String {
        switch self {
        case .hardware: "accelerator or CPU model, e.g. 'A100 SXM4 80GB' (see `footprint hardware`)"
        case .count: "number of devices (default 1)"
        case .power: "power per device in watts, instead of the model's maximum"
        case .utilization: "average fraction of maximum power drawn, 0-1 or a percentage such as 60% (default 1: maximum board power)"
        case .cpu: "CPU model, counted at its TDP (or TDP per core × --cores)"
        case .cores: "CPU cores used (default: all the model's cores)"
        case .corePower: "power per CPU core in watts, instead of a CPU model"
        case .memory: "memory in GB, at a fixed power per GB"
        case .energy: "known IT energy per run in kWh, instead of power × hours"
        case .hours: "duration of one run in hours"
        case .duration: "duration of one run with units or as a clock, instead of hours: \(DurationText.examples)"
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
    package enum ValueKind: Sendable, Equatable {
        /// A non-empty name.
        case name
        /// A whole number in the range.
        case integer(ClosedRange<Int>)
        /// A finite number in the range (zero excluded when `positive`).
        case number(ClosedRange<Double>, positive: Bool)
        /// A duration (see `DurationText`), in hours in the range.
        case duration(ClosedRange<Double>)

        /// What a value of this kind is, for messages: `a name`, `a whole number`...
        package var noun: String {
            switch self {
            case .name: "a name (JobValue.text)"
            case .integer: "a whole number (JobValue.integer)"
            case .number: "a number (JobValue.number)"
            case .duration: "hours (JobValue.number)"
            }
        }
    }

    /// What this field accepts.
    package var valueKind: ValueKind {
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
        case .duration: .duration(0...1_000_000_000)
        case .energy: .number(0...1e15, positive: false)
        case .intensity: .number(0...5000, positive: false)
        case .pue: .number(1...5, positive: false)
        }
    }

    /// The value of `text` for this field.
    ///
    /// - Throws: `JobError` naming the field and the value when it is not acceptable.
    package func parse(_ text: String) throws(JobError) -> JobValue {
        let value = text.trimmingWhitespace()
        switch valueKind {
        case .name:
            guard !value.isEmpty else { throw JobError(field: self, message: "is empty") }
            return .text(value)
        case .integer:
            guard let number = Int(value) else { throw JobError(field: self, message: "'\(value)' is not a whole number") }
            return .integer(try checked(integer: number))
        case .number:
            if isFraction, value.hasSuffix("%") {
                guard let percent = Self.plainNumber(String(value.dropLast()).trimmingWhitespace()) else {
                    throw JobError(field: self, message: "'\(value)' is not a percentage")
                }
                return .number(try checked(number: percent / 100))
            }
            guard let number = Self.plainNumber(value) else {
                let leading = String(value.prefix { $0.isNumber || $0 == "." })
                let hint = if self == .hours, (try? DurationText.hours(of: value, field: .duration)) != nil {
                    " (for a duration with units, use duration)"
                } else if let unit, let number = Self.plainNumber(leading), value.dropFirst(leading.count).allSatisfy({ $0.isLetter || $0 == " " || $0 == "/" }) {
                    // `120kWh`: the number with a unit.
                    " (the unit is \(unit): give \(NumberFormat.json(number)) alone)"
                } else {
                    ""
                }
                throw JobError(field: self, message: "'\(value)' is not a number\(hint)")
            }
            return .number(try checked(number: number))
        case .duration:
            return .number(try checked(number: DurationText.hours(of: value, field: self)))
        }
    }

    /// Whether this field is a fraction of one, which may also be written as a percentage (`60%`).
    public var isFraction: Bool {
        if case let .number(range, _) = valueKind { range == 0...1 } else { false }
    }

    /// A finite number written as one (no hexadecimal), or nil.
    private static func plainNumber(_ text: String) -> Double? {
        guard let number = Double(text), number.isFinite, !text.contains(where: { $0 == "x" || $0 == "X" }) else { return nil }
        return number
    }

    /// `value` if it is of this field's kind (`valueKind`) and in its range.
    ///
    /// - Throws: `JobError` naming the field and the value when it is not acceptable.
    package func checked(_ value: JobValue) throws(JobError) -> JobValue {
        switch (valueKind, value) {
        case let (.name, .text(name)):
            guard !name.trimmingWhitespace().isEmpty else { throw JobError(field: self, message: "is empty") }
        case let (.integer, .integer(number)): _ = try checked(integer: number)
        case let (.number, .number(number)), let (.duration, .number(number)):
            guard number.isFinite else { throw JobError(field: self, message: "\(number) is not a finite number") }
            _ = try checked(number: number)
        default:
            throw JobError(field: self, message: "takes \(valueKind.noun), not \(value)")
        }
        return value
    }

    /// `number` if it lies in this integer field's range.
    package func checked(integer number: Int) throws(JobError) -> Int {
        guard case let .integer(range) = valueKind, range.contains(number) else {
            let range = if case let .integer(range) = valueKind { "\(range.lowerBound)...\(range.upperBound)" } else { "a name" }
            throw JobError(field: self, message: "\(number) is outside \(range)")
        }
        return number
    }

    /// `number` if it lies in this number field's range.
    package func checked(number: Double) throws(JobError) -> Double {
        guard let (range, positive) = numberBounds else { throw JobError(field: self, message: "takes no number") }
        guard range.contains(number), !(positive && number == 0) else {
            let lower = positive ? "more than \(NumberFormat.json(range.lowerBound))" : "at least \(NumberFormat.json(range.lowerBound))"
            let unit = if case .duration = valueKind { " hours" } else { "" }
            // 60 is likely 60 %; 1.5 is not likely 1.5 %, so it gets no such hint.
            let hint = isFraction && number >= 2 && number <= 100 ? "; for a percentage write \(NumberFormat.json(number))%" : ""
            throw JobError(
                field: self,
                message: "\(NumberFormat.json(number))\(unit) is out of range (\(lower), at most \(NumberFormat.json(range.upperBound))\(unit))\(hint)")
        }
        if number > 0, number < 1, let larger = unitMistakenBelowOne, let unit {
            // No grid is this clean and no accelerator draws this little: a larger unit was meant.
            let meant = NumberFormat.json(number * 1000)
            throw JobError(
                field: self,
                message: "\(NumberFormat.json(number)) \(unit) is implausibly low: the unit is \(unit) "
                    + "(\(NumberFormat.json(number)) \(larger) is \(meant)); give 0 for none")
        }
        return number
    }

    /// Numbers that `checked(number:)` surely accepts, so that a hot path may skip it (nil
    /// for a field taking no number); a number outside may still be accepted, and
    /// `checked(number:)` then decides.
    var plainlyValidNumbers: ClosedRange<Double>? {
        guard let (range, positive) = numberBounds else { return nil }
        var lower = range.lowerBound
        if positive, lower <= 0 { lower = .leastNonzeroMagnitude }
        if unitMistakenBelowOne != nil, unit != nil { lower = max(lower, 1) }
        guard lower <= range.upperBound else { return nil }
        return lower...range.upperBound
    }

    /// The range of a number or duration field, and whether it excludes 0; nil for others.
    private var numberBounds: (range: ClosedRange<Double>, positive: Bool)? {
        switch valueKind {
        case let .number(bounds, isPositive): (bounds, isPositive)
        case let .duration(bounds): (bounds, false)
        default: nil
        }
    }

    /// For a field whose values between 0 and 1 are a larger unit mistaken for its `unit`,
    /// that larger unit: grid intensity in kg rather than g per kWh, power in kW.
    private var unitMistakenBelowOne: String? {
        switch self {
        case .intensity: "kg/kWh"
        case .power: "kW"
        default: nil
        }
    }

    /// The unit of a number field that has one, as written after the number.
    private var unit: String? {
        switch self {
        case .power, .corePower: "W"
        case .memory: "GB"
        case .energy: "kWh"
        case .hours: "hours"
        case .intensity: "gCO2e/kWh"
        case .whPerRequest: "Wh"
        case .joulesPerToken: "J"
        case .wue, .ewif: "L/kWh"
        default: nil
        }
    }
}
