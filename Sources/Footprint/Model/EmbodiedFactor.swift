/// Manufacturing emissions of a device or a host server, from `embodied.csv`, with the
/// lifetime and utilisation they are amortised over.
package struct EmbodiedFactor: Sendable, Hashable {
    /// What an embodied figure covers.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// One accelerator; ids match `hardware.csv`, or `default-gpu`.
        case device
        /// A host server without its accelerators; `default-host` is the fallback.
        case host
    }

    /// The row id: a hardware id, `default-gpu`, a host id or `default-host`.
    package let id: String
    /// Display name.
    package let name: String
    /// Device or host.
    package let kind: Kind
    /// Embodied emissions of one item, kg CO2e, with source and year.
    package let kilograms: Factor
    /// Service life in years.
    package let lifetimeYears: Double
    /// Average utilisation over that life, in (0, 1].
    package let utilization: Double
    /// Accelerators sharing one host (1 for devices).
    package let devicesPerHost: Double

    /// Emissions charged to `hours` of use of `share` items: kg × hours / (life hours × utilisation) × share.
    package func amortized(hours: Double, share: Double) -> Double {
        kilograms.value * hours / (lifetimeYears * 8760 * utilization) * share
    }
}
