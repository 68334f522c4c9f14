/// A job as the user describes it: names not yet looked up, numbers checked for range only.
///
/// The command's options and the batch file's columns both fill a `JobSpec` through
/// `JobField`, so the two accept exactly the same values.
public struct JobSpec: Sendable, Equatable {
    /// Hardware name (id, name or alias) of the devices.
    public var hardware: String?
    /// How many devices.
    public var count: Int?
    /// Power per device in watts, instead of (or overriding) the hardware's maximum.
    public var power: Double?
    /// Average fraction of maximum power the devices draw, in (0, 1].
    public var utilization: Double?
    /// CPU model name.
    public var cpu: String?
    /// CPU cores used.
    public var cores: Int?
    /// Power per CPU core in watts, instead of the model's TDP per core.
    public var corePower: Double?
    /// Memory in GB.
    public var memory: Double?
    /// Known IT energy in kWh per run, instead of power × hours.
    public var energy: Double?
    /// Duration of one run in hours.
    public var hours: Double?
    /// Cloud region, `provider:region`.
    public var region: String?
    /// Grid zone or country code.
    public var location: String?
    /// Carbon intensity in gCO2e/kWh, overriding the location's.
    public var intensity: Double?
    /// PUE, overriding the location's.
    public var pue: Double?
    /// How many times the job runs.
    public var runs: Int?

    /// An empty description; set the fields you know.
    public init() {}

    /// Each field of `other` that is set, laid over this spec's.
    public func filling(from defaults: JobSpec) -> JobSpec {
        var merged = self
        for field in JobField.allCases where !field.isSet(in: merged) {
            field.copy(from: defaults, to: &merged)
        }
        return merged
    }
}
