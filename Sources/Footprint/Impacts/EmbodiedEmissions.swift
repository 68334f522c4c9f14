/// Manufacturing emissions charged to a job: each accelerator's and its share of the host
/// server's, amortised over their life (the BLOOM paper's and the SCI specification's rule):
///
///     kg = Σ item kg × job hours / (life hours × utilisation) × share
///
/// Devices use their own `embodied.csv` row, else `default-gpu`; hosts use `default-host`
/// shared by its `devices_per_host` accelerators. CPU-only jobs carry none.
public struct EmbodiedEmissions: Sendable, Equatable {
    /// The device figure used, if any.
    package let device: EmbodiedFactor?
    /// The host figure used, if any.
    package let host: EmbodiedFactor?
    /// kg CO2e of the accelerators.
    public let deviceKg: Double
    /// kg CO2e of their share of host servers.
    public let hostKg: Double

    /// Both together.
    public var kilograms: Double { deviceKg + hostKg }

    /// The embodied emissions of `estimate`'s accelerators and their hosts.
    public init(of estimate: Estimate, in catalog: Catalog) {
        let job = estimate.job
        let isAccelerator = job.deviceCount > 0 && job.template.hardware?.kind != .cpu
        let device = isAccelerator
            ? job.template.hardware.flatMap { catalog.embodied[$0.id] } ?? catalog.embodied["default-gpu"] : nil
        let host = isAccelerator ? catalog.embodied["default-host"] : nil
        let hours = job.hours * Double(job.runs)
        let count = Double(job.deviceCount)
        self.device = device
        self.host = host
        deviceKg = device?.amortized(hours: hours, share: count) ?? 0
        hostKg = host.map { $0.amortized(hours: hours, share: count / $0.devicesPerHost) } ?? 0
    }
}
