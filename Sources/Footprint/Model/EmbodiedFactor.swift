/// Manufacturing emissions of a device or a host server, from `embodied.csv`, with the
/// lifetime and utilisation they are amortised over.
public struct EmbodiedFactor: Sendable, Hashable {
    /// What an embodied figure covers.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// One accelerator; ids match `hardware.csv`, or `default-gpu`.
        case device
        /// A host server without its accelerators; `default-host` is the fallback.
        case host
    }

    /// The row id: a hardware id, `default-gpu`, a host id or `default-host`.
    public let id: String
    /// Display name.
    public let name: String
    /// Device or host.
    public let kind: Kind
    /// Embodied emissions of one item, kg CO2e, with source and year.
    public let kilograms: Factor
    /// Service life in years.
    public let lifetimeYears: Double
    /// Average utilisation over that life, in (0, 1].
    public let utilization: Double
    /// Accelerators sharing one host (1 for devices).
    public let devicesPerHost: Double

    /// Emissions charged to `hours` of use of `share` items: kg × hours / (life hours × utilisation) × share.
    public func amortized(hours: Double, share: Double) -> Double {
        kilograms.value * hours / (lifetimeYears * 8760 * utilization) * share
    }
}
