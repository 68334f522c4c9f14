/// A job with every name looked up and every number checked: what the formula needs.
///
/// A job is its looked-up names (shared by reference) plus its numbers, resolved to plain
/// values; the factors with their provenance are derived from both on demand, for reports.
/// Make one with `Catalog.job(for:)`.
public struct Job: Sendable {
    /// The names, numbers and figures, in one immutable object: copying a job (into its
    /// estimate, or a list) copies one reference, not some 250 bytes.
    private let storage: Storage

    /// The looked-up names: hardware, CPU, place.
    var template: JobTemplate { storage.template }
    /// The numbers as given (nil where a default or a table value applies).
    var numbers: JobNumbers { storage.numbers }
    /// What the formula needs, resolved from both.
    var figures: JobFigures { storage.figures }

    /// Power per device, W (0 without devices).
    public var deviceWatts: Double { figures.deviceWatts }
    /// Number of devices (0 without devices).
    public var deviceCount: Int { figures.deviceCount }
    /// Fraction of maximum power the devices draw.
    public var utilization: Double { figures.utilization }
    /// Total CPU power, W.
    public var processorWatts: Double { figures.processorWatts }
    /// Total memory power, W.
    public var memoryWatts: Double { figures.memoryWatts }
    /// Known IT energy per run, kWh.
    public var knownKWhPerRun: Double { figures.knownKWhPerRun }
    /// Hours per run.
    public var hours: Double { figures.hours }
    /// Number of runs.
    public var runs: Int { figures.runs }
    /// Grid intensity, gCO2e/kWh.
    public var intensity: Double { figures.intensity }
    /// Power usage effectiveness.
    public var pue: Double { figures.pue }

    /// A job of `template`'s names and `numbers`, whose figures are `figures`.
    init(template: JobTemplate, numbers: JobNumbers, figures: JobFigures) {
        storage = Storage(template: template, numbers: numbers, figures: figures)
    }

    /// What a job holds.
    private final class Storage: Sendable {
        let template: JobTemplate
        let numbers: JobNumbers
        let figures: JobFigures

        init(template: JobTemplate, numbers: JobNumbers, figures: JobFigures) {
            self.template = template
            self.numbers = numbers
            self.figures = figures
        }
    }
}
