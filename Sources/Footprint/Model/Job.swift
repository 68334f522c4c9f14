/// A job with every name looked up and every number checked: what the formula needs.
///
/// A job is its looked-up names (shared by reference) plus its numbers, resolved to plain
/// values; the factors with their provenance are derived from both on demand, for reports.
/// Make one with `Catalog.job(for:)`.
public struct Job: Sendable {
    /// The looked-up names: hardware, CPU, place.
    let template: JobTemplate
    /// The numbers as given (nil where a default or a table value applies).
    let numbers: JobNumbers
    /// Power per device, W (0 without devices).
    public let deviceWatts: Double
    /// Number of devices (0 without devices).
    public let deviceCount: Int
    /// Fraction of maximum power the devices draw.
    public let utilization: Double
    /// Total CPU power, W.
    public let processorWatts: Double
    /// Total memory power, W.
    public let memoryWatts: Double
    /// Known IT energy per run, kWh.
    public let knownKWhPerRun: Double
    /// Hours per run.
    public let hours: Double
    /// Number of runs.
    public let runs: Int
    /// Grid intensity, gCO2e/kWh.
    public let intensity: Double
    /// Power usage effectiveness.
    public let pue: Double

    init(
        template: JobTemplate, numbers: JobNumbers, deviceWatts: Double, deviceCount: Int, utilization: Double,
        processorWatts: Double, memoryWatts: Double, knownKWhPerRun: Double, hours: Double, runs: Int,
        intensity: Double, pue: Double
    ) {
        self.template = template
        self.numbers = numbers
        self.deviceWatts = deviceWatts
        self.deviceCount = deviceCount
        self.utilization = utilization
        self.processorWatts = processorWatts
        self.memoryWatts = memoryWatts
        self.knownKWhPerRun = knownKWhPerRun
        self.hours = hours
        self.runs = runs
        self.intensity = intensity
        self.pue = pue
    }
}
