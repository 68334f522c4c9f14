/// A device model of `hardware.csv`: an accelerator or a CPU and its maximum power.
public final class Hardware: Sendable {
    /// What sort of device a hardware row describes.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A graphics processor used as an accelerator.
        case gpu
        /// A Google Tensor Processing Unit.
        case tpu
        /// Any other AI accelerator (Gaudi, Trainium, ...).
        case accelerator
        /// A central processor.
        case cpu
    }

    /// Stable lower-case id, such as `nvidia-a100-sxm4-80gb`.
    public let id: String
    /// Display name, such as `A100 SXM4 80GB`.
    public let name: String
    /// Other spellings people type.
    public let aliases: [String]
    /// The device's kind.
    public let kind: Kind
    /// The maker.
    public let vendor: String
    /// Maximum board power (the "TDP" calculators use), in watts.
    public let maxPowerWatts: Double
    /// On-board memory in GB, when known.
    public let memoryGB: Double?
    /// Physical cores (CPUs), when known.
    public let cores: Int?
    /// Hardware threads (CPUs), when known.
    public let threads: Int?
    /// Source and year of the power figure.
    package let provenance: Provenance

    /// A hardware row.
    package init(
        id: String, name: String, aliases: [String], kind: Kind, vendor: String, maxPowerWatts: Double,
        memoryGB: Double?, cores: Int?, threads: Int?, provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.vendor = vendor
        self.maxPowerWatts = maxPowerWatts
        self.memoryGB = memoryGB
        self.cores = cores
        self.threads = threads
        self.provenance = provenance
    }

    /// The maximum board power in watts, with its source, year and table.
    public var maxPower: Factor { Factor(maxPowerWatts, provenance) }
}
