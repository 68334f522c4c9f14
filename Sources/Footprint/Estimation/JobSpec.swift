/// A job as the user describes it: names not yet looked up, numbers checked for range only.
///
/// The command's options and the batch file's columns both fill a `JobSpec` through
/// `JobField`, so the two accept exactly the same values. The values are kept as given,
/// so a report can echo its inputs.
public struct JobSpec: Sendable, Hashable {
    /// The fields set, each with its parsed value.
    public private(set) var values: [JobField: JobValue]

    /// A spec with `values` (not validated: use `parsing(_:)` or `set(_:_:)` for user text).
    public init(values: [JobField: JobValue] = [:]) {
        self.values = values
    }

    /// A spec parsed from user text, one entry per field.
    ///
    /// - Throws: `JobError` for the first value that is not acceptable.
    public static func parsing(_ texts: KeyValuePairs<JobField, String>) throws(JobError) -> JobSpec {
        var spec = JobSpec()
        for (field, text) in texts { try spec.set(field, text) }
        return spec
    }

    /// Parses `text` as the value of `field`, replacing any earlier value.
    ///
    /// - Throws: `JobError` naming the field and the value when it is not acceptable.
    public mutating func set(_ field: JobField, _ text: String) throws(JobError) {
        values[field] = try field.parse(text)
    }

    /// Hardware name (id, name or alias) of the devices.
    public var hardware: String? { values[.hardware]?.text }
    /// How many devices.
    public var count: Int? { values[.count]?.integer }
    /// Power per device in watts, instead of (or overriding) the hardware's maximum.
    public var power: Double? { values[.power]?.number }
    /// Average fraction of maximum power the devices draw, in (0, 1].
    public var utilization: Double? { values[.utilization]?.number }
    /// CPU model name.
    public var cpu: String? { values[.cpu]?.text }
    /// CPU cores used.
    public var cores: Int? { values[.cores]?.integer }
    /// Power per CPU core in watts, instead of the model's TDP per core.
    public var corePower: Double? { values[.corePower]?.number }
    /// Memory in GB.
    public var memory: Double? { values[.memory]?.number }
    /// Known IT energy in kWh per run, instead of power × hours.
    public var energy: Double? { values[.energy]?.number }
    /// Duration of one run in hours, as given by `hours`.
    public var hours: Double? { values[.hours]?.number }
    /// Duration of one run in hours, as given by `duration`.
    public var duration: Double? { values[.duration]?.number }
    /// Cloud region, `provider:region`.
    public var region: String? { values[.region]?.text }
    /// Cloud provider a region name is looked up in.
    public var provider: String? { values[.provider]?.text }
    /// Grid zone or country code.
    public var location: String? { values[.location]?.text }
    /// Carbon intensity in gCO2e/kWh, overriding the location's.
    public var intensity: Double? { values[.intensity]?.number }
    /// PUE, overriding the location's.
    public var pue: Double? { values[.pue]?.number }
    /// How many times the job runs.
    public var runs: Int? { values[.runs]?.integer }
    /// Requests served per run.
    public var requests: Int? { values[.requests]?.integer }
    /// IT energy per request, Wh.
    public var whPerRequest: Double? { values[.whPerRequest]?.number }
    /// Tokens generated per run.
    public var tokens: Int? { values[.tokens]?.integer }
    /// IT energy per token, J.
    public var joulesPerToken: Double? { values[.joulesPerToken]?.number }
    /// On-site WUE override, L/kWh.
    public var wue: Double? { values[.wue]?.number }
    /// Off-site water intensity override, L/kWh.
    public var ewif: Double? { values[.ewif]?.number }
    /// Cloud instance type, `[provider:]type`.
    public var instance: String? { values[.instance]?.text }
    /// How many instances of the type.
    public var instances: Int? { values[.instances]?.integer }
    /// TPU slice name, such as `v4-128`.
    public var slice: String? { values[.slice]?.text }
}

/// The parsed value of one `JobField`.
public enum JobValue: Sendable, Hashable {
    /// A name.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A finite number.
    case number(Double)

    /// The name, if this is one.
    public var text: String? { if case let .text(value) = self { value } else { nil } }
    /// The whole number, if this is one.
    public var integer: Int? { if case let .integer(value) = self { value } else { nil } }
    /// The number, if this is one.
    public var number: Double? { if case let .number(value) = self { value } else { nil } }
}
