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

    /// The file name of the embodied table.
    static let tableName = "embodied.csv"

    /// The rows of an embodied table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<EmbodiedFactor>] {
        let reader = try TableReader(table, requiring: [
            "id", "name", "kind", "embodied_kg", "lifetime_years", "utilization", "devices_per_host", "year", "source",
        ])
        var rows: [Located<EmbodiedFactor>] = []
        for row in table.rows {
            let factor = EmbodiedFactor(
                id: try reader.required("id", row), name: try reader.required("name", row),
                kind: try reader.choice("kind", row, as: Kind.self),
                kilograms: Factor(try reader.number("embodied_kg", row, in: 0...1_000_000), try reader.provenance(row)),
                lifetimeYears: try reader.number("lifetime_years", row, in: 0.1...50),
                utilization: try reader.number("utilization", row, in: 0.01...1),
                devicesPerHost: try reader.number("devices_per_host", row, in: 1...1024))
            rows.append(Located(value: factor, file: table.name, line: row.line))
        }
        return rows
    }

    /// Emissions charged to `hours` of use of `share` items: kg × hours / (life hours × utilisation) × share.
    public func amortized(hours: Double, share: Double) -> Double {
        kilograms.value * hours / (lifetimeYears * 8760 * utilization) * share
    }
}
