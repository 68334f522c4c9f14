/// A job as the user describes it: names not yet looked up, values checked when the job is
/// made (`Catalog.job(for:)`), whether parsed from text or set as typed values.
///
/// The command's options and the batch file's columns both fill a `JobSpec` through
/// `JobField`, so the two accept exactly the same values. The values are kept as read (a
/// duration in hours, a percentage as a fraction), before any default or lookup, so a report
/// can echo its inputs.
public struct JobSpec: Sendable, Hashable {
    /// The fields set, each with its parsed value.
    package var values: [JobField: JobValue]

    /// An empty spec: set its typed properties, or parse text with `init(parsing:)` or `set(_:_:)`.
    public init() {
        values = [:]
    }

    /// A spec with `values`, checked when the job is made (`Catalog.job(for:)`).
    package init(values: [JobField: JobValue]) {
        self.values = values
    }

    /// A spec parsed from user text, one entry per field: `JobSpec(parsing: [.hours: "72"])`.
    ///
    /// - Throws: `JobError` for the first value that is not acceptable.
    public init(parsing texts: KeyValuePairs<JobField, String>) throws(JobError) {
        self.init()
        for (field, text) in texts { try set(field, text) }
    }

    /// Parses `text` as the value of `field`, replacing any earlier value.
    ///
    /// - Throws: `JobError` naming the field and the value when it is not acceptable.
    public mutating func set(_ field: JobField, _ text: String) throws(JobError) {
        values[field] = try field.parse(text)
    }

    /// Hours per run from `hours` or `duration`; nil when neither is given.
    ///
    /// - Throws: `JobError` naming both when they are given with different values.
    public func runHours() throws(JobError) -> Double? {
        try JobNumbers(self).runHours()
    }

    /// Checks every value: of its field's kind and in its range.
    ///
    /// - Throws: `JobError` naming the first field (in `JobField` order) whose value is not acceptable.
    func validate() throws(JobError) {
        for field in JobField.allCases {
            if let value = values[field] { _ = try field.checked(value) }
        }
    }

    /// Hardware name (id, name or alias) of the devices.
    public var hardware: String? {
        get { values[.hardware]?.text }
        set { values[.hardware] = newValue.map(JobValue.text) }
    }
    /// How many devices.
    public var count: Int? {
        get { values[.count]?.integer }
        set { values[.count] = newValue.map(JobValue.integer) }
    }
    /// Power per device in watts, instead of (or overriding) the hardware's maximum.
    public var power: Double? {
        get { values[.power]?.number }
        set { values[.power] = newValue.map(JobValue.number) }
    }
    /// Average fraction of maximum power the devices draw, in (0, 1].
    public var utilization: Double? {
        get { values[.utilization]?.number }
        set { values[.utilization] = newValue.map(JobValue.number) }
    }
    /// CPU model name.
    public var cpu: String? {
        get { values[.cpu]?.text }
        set { values[.cpu] = newValue.map(JobValue.text) }
    }
    /// CPU cores used.
    public var cores: Int? {
        get { values[.cores]?.integer }
        set { values[.cores] = newValue.map(JobValue.integer) }
    }
    /// Power per CPU core in watts, instead of the model's TDP per core.
    public var corePower: Double? {
        get { values[.corePower]?.number }
        set { values[.corePower] = newValue.map(JobValue.number) }
    }
    /// Memory in GB.
    public var memory: Double? {
        get { values[.memory]?.number }
        set { values[.memory] = newValue.map(JobValue.number) }
    }
    /// Known IT energy in kWh per run, instead of power × hours.
    public var energy: Double? {
        get { values[.energy]?.number }
        set { values[.energy] = newValue.map(JobValue.number) }
    }
    /// Duration of one run in hours, as given by `hours`.
    public var hours: Double? {
        get { values[.hours]?.number }
        set { values[.hours] = newValue.map(JobValue.number) }
    }
    /// Duration of one run in hours, as given by `duration`.
    public var duration: Double? {
        get { values[.duration]?.number }
        set { values[.duration] = newValue.map(JobValue.number) }
    }
    /// Cloud region, `provider:region`.
    public var region: String? {
        get { values[.region]?.text }
        set { values[.region] = newValue.map(JobValue.text) }
    }
    /// Cloud provider a region name is looked up in.
    public var provider: String? {
        get { values[.provider]?.text }
        set { values[.provider] = newValue.map(JobValue.text) }
    }
    /// Grid zone or country code.
    public var location: String? {
        get { values[.location]?.text }
        set { values[.location] = newValue.map(JobValue.text) }
    }
    /// Carbon intensity in gCO2e/kWh, overriding the location's.
    public var intensity: Double? {
        get { values[.intensity]?.number }
        set { values[.intensity] = newValue.map(JobValue.number) }
    }
    /// PUE, overriding the location's.
    public var pue: Double? {
        get { values[.pue]?.number }
        set { values[.pue] = newValue.map(JobValue.number) }
    }
    /// How many times the job runs.
    public var runs: Int? {
        get { values[.runs]?.integer }
        set { values[.runs] = newValue.map(JobValue.integer) }
    }
    /// Requests served per run.
    public var requests: Int? {
        get { values[.requests]?.integer }
        set { values[.requests] = newValue.map(JobValue.integer) }
    }
    /// IT energy per request, Wh.
    public var whPerRequest: Double? {
        get { values[.whPerRequest]?.number }
        set { values[.whPerRequest] = newValue.map(JobValue.number) }
    }
    /// Tokens generated per run.
    public var tokens: Int? {
        get { values[.tokens]?.integer }
        set { values[.tokens] = newValue.map(JobValue.integer) }
    }
    /// IT energy per token, J.
    public var joulesPerToken: Double? {
        get { values[.joulesPerToken]?.number }
        set { values[.joulesPerToken] = newValue.map(JobValue.number) }
    }
    /// On-site WUE override, L/kWh.
    public var wue: Double? {
        get { values[.wue]?.number }
        set { values[.wue] = newValue.map(JobValue.number) }
    }
    /// Off-site water intensity override, L/kWh.
    public var ewif: Double? {
        get { values[.ewif]?.number }
        set { values[.ewif] = newValue.map(JobValue.number) }
    }
    /// Cloud instance type, `[provider:]type`.
    public var instance: String? {
        get { values[.instance]?.text }
        set { values[.instance] = newValue.map(JobValue.text) }
    }
    /// How many instances of the type.
    public var instances: Int? {
        get { values[.instances]?.integer }
        set { values[.instances] = newValue.map(JobValue.integer) }
    }
    /// TPU slice name, such as `v4-128`.
    public var slice: String? {
        get { values[.slice]?.text }
        set { values[.slice] = newValue.map(JobValue.text) }
    }
}

/// The parsed value of one `JobField`.
package enum JobValue: Sendable, Hashable {
    /// A name.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A finite number.
    case number(Double)

    /// The name, if this is one.
    package var text: String? { if case let .text(value) = self { value } else { nil } }
    /// The whole number, if this is one.
    package var integer: Int? { if case let .integer(value) = self { value } else { nil } }
    /// The number, if this is one.
    package var number: Double? { if case let .number(value) = self { value } else { nil } }
}
