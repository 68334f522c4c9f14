/// Everything an estimate reports beyond operational CO2e: water, embodied emissions, the
/// uncertainty range, equivalents and per-request figures.
public struct Impacts: Sendable, Equatable {
    /// Water consumed.
    public let water: WaterFootprint
    /// Manufacturing emissions charged to the job.
    public let embodied: EmbodiedEmissions
    /// Low / central / high operational CO2e.
    public let range: EmissionRange
    /// Whether `co2eKg` includes the embodied emissions (`--include-embodied`).
    public let includesEmbodied: Bool
    /// Equivalents that suit the total.
    public let equivalents: [EquivalentAmount]
    /// Requests served in all runs, when given.
    public let requests: Int?
    /// Tokens generated in all runs, when given.
    public let tokens: Int?

    /// The impacts of `estimate`.
    public init(of estimate: Estimate, in catalog: Catalog, includeEmbodied: Bool) {
        water = WaterFootprint(of: estimate, in: catalog)
        embodied = EmbodiedEmissions(of: estimate, in: catalog)
        range = EmissionRange(of: estimate, in: catalog)
        includesEmbodied = includeEmbodied
        let extra = includeEmbodied ? embodied.kilograms : 0
        equivalents = catalog.equivalents(of: estimate.co2eKg + extra)
        requests = estimate.job.numbers.requests.map { $0 * estimate.job.runs }
        tokens = estimate.job.numbers.tokens.map { $0 * estimate.job.runs }
    }

    /// Kilograms added to operational CO2e in the reported total (0 unless embodied is included).
    public var addedKg: Double { includesEmbodied ? embodied.kilograms : 0 }

    /// Grams CO2e per request of the reported total, when requests are given.
    public func gramsPerRequest(of estimate: Estimate) -> Double? {
        requests.map { grams(of: estimate, per: $0) }
    }

    /// Grams CO2e per token of the reported total, when tokens are given.
    public func gramsPerToken(of estimate: Estimate) -> Double? {
        tokens.map { grams(of: estimate, per: $0) }
    }

    /// Grams CO2e of the reported total per one of `units`.
    private func grams(of estimate: Estimate, per units: Int) -> Double {
        (estimate.co2eKg + addedKg) * 1000 / Double(units)
    }
}
