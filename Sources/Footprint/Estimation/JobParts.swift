/// The named parts of a job looked up: hardware, CPU and place, with what every job of the
/// catalog shares. With a job's numbers they give the figures of the formula. A `Job` holds
/// them in a shared `JobTemplate`; a batch row makes them only when it names an instance type
/// or a TPU slice (most rows read their `PartFactors` from cached records instead).
struct JobParts: Sendable {
    /// The devices' model, if named.
    let hardware: Hardware?
    /// The CPU model, if named.
    let cpu: Hardware?
    /// The CPU name as given, for a CPU counted by core power.
    let cpuName: String?
    /// The named region or zone, if any.
    let place: Site?
    /// What every job of a catalog shares: the world fallback, the unknown PUE, memory power.
    let context: JobContext
    /// What a cloud instance type or a TPU slice implied, if the job named one.
    let implied: ImpliedHardware?

    /// The id of the site of a job placed by an intensity alone.
    static let customSiteID = "custom"

    /// Parts; `Catalog.template(hardware:cpu:region:location:)` makes them from names.
    init(hardware: Hardware?, cpu: Hardware?, cpuName: String?, place: Site?, context: JobContext, implied: ImpliedHardware? = nil) {
        self.hardware = hardware
        self.cpu = cpu
        self.cpuName = cpuName
        self.place = place
        self.context = context
        self.implied = implied
    }

    /// The id of the site a job of these parts and `numbers` runs at: the place, else
    /// `customSiteID` for a job giving an intensity, else the world.
    func siteID(_ numbers: JobNumbers) -> String {
        place?.id ?? (numbers.intensity != nil ? Self.customSiteID : context.world.id)
    }

    /// What the formula reads of these parts, as plain numbers.
    var factors: PartFactors {
        let site = place ?? context.world
        return PartFactors(
            deviceWatts: hardware?.maxPowerWatts, processorWatts: cpu?.maxPowerWatts, processorCores: cpu?.cores,
            hasPlace: place != nil, siteIntensity: site.intensity.value, sitePUE: site.pue.value,
            unknownPUE: context.unknownPUE.value, memoryWattsPerGB: context.memoryWattsPerGB?.value)
    }

    /// The figures these parts and `numbers` give the formula (see `PartFactors.figures(with:processorName:)`).
    ///
    /// - Throws: `JobError` naming the field at fault.
    func figures(with numbers: JobNumbers) throws(JobError) -> JobFigures {
        try factors.figures(with: numbers, processorName: cpu?.name ?? "")
    }
}
