/// What the formula needs of a job, as plain numbers: the power of its parts, its time and
/// runs, and the intensity and PUE of its place. `JobParts.figures(with:)` makes them.
struct JobFigures: Sendable, Hashable {
    /// Power per device, W (0 without devices).
    var deviceWatts: Double
    /// Number of devices (0 without devices).
    var deviceCount: Int
    /// Fraction of maximum power the devices draw.
    var utilization: Double
    /// Total CPU power, W.
    var processorWatts: Double
    /// Total memory power, W.
    var memoryWatts: Double
    /// Known IT energy per run, kWh.
    var knownKWhPerRun: Double
    /// Whether the IT energy is given, replacing power × hours.
    var energyIsGiven: Bool
    /// Hours per run.
    var hours: Double
    /// Number of runs.
    var runs: Int
    /// Grid intensity, gCO2e/kWh.
    var intensity: Double
    /// Power usage effectiveness.
    var pue: Double

    /// Power drawn by the devices, W: watts × count × utilisation.
    var devicesWatts: Double { deviceWatts * Double(deviceCount) * utilization }
}
