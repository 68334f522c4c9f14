/// An electricity grid of `grids.csv`: the world, a country or a sub-national zone.
public struct GridZone: Sendable, Hashable {
    /// The extent of a grid zone.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The world average, the fallback when no location is known.
        case world
        /// A country, by ISO 3166-1 alpha-2 code.
        case country
        /// A state, province or grid subregion.
        case subnational
    }

    /// Zone id: `WORLD`, an ISO country code (`FR`) or a zone (`US-EGRID-SRVC`, `CA-QC`).
    public let id: String
    /// Display name.
    public let name: String
    /// Other codes and names (ISO alpha-3, state codes a subregion serves, ...).
    public let aliases: [String]
    /// The zone's extent.
    public let kind: Kind
    /// ISO country code; empty for the world.
    public let country: String
    /// Continent name (`Europe`, `North America`, ...; `World` for the world).
    public let continent: String
    /// Average carbon intensity of electricity, gCO2e/kWh, with its source and year, per basis.
    public let intensities: [Basis: Factor]

    /// A grid row.
    public init(
        id: String, name: String, aliases: [String], kind: Kind, country: String, continent: String,
        intensities: [Basis: Factor]
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.country = country
        self.continent = continent
        self.intensities = intensities
    }

    /// The zone's figure on `basis`, or, when the tables lack one, its figure on another
    /// basis (the basis returned says which).
    public func intensity(_ basis: Basis) -> (factor: Factor, basis: Basis)? {
        if let factor = intensities[basis] { return (factor, basis) }
        return Basis.allCases.lazy.compactMap { other in self.intensities[other].map { ($0, other) } }.first
    }
}
