/// An electricity grid of `grids.csv`: the world, a country or a sub-national zone.
package struct GridZone: Sendable, Hashable {
    /// The extent of a grid zone.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The world average, the fallback when no location is known.
        case world
        /// A country, by ISO 3166-1 alpha-2 code.
        case country
        /// A state, province or grid subregion.
        case subnational
    }

    /// Zone id: `WORLD`, an ISO country code (`FR`) or a zone (`US-EGRID-SRVC`, `CA-QC`).
    package let id: String
    /// Display name.
    package let name: String
    /// Other codes and names (ISO alpha-3, state codes a subregion serves, ...).
    package let aliases: [String]
    /// The zone's extent.
    package let kind: Kind
    /// ISO country code; empty for the world.
    package let country: String
    /// Continent name (`Europe`, `North America`, ...; `World` for the world).
    package let continent: String
    /// Average carbon intensity of electricity, gCO2e/kWh, with its source and year, per basis.
    package let intensities: [Basis: Factor]

    /// A grid row.
    package init(
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
    package func intensity(_ basis: Basis) -> (factor: Factor, basis: Basis)? {
        if let factor = intensities[basis] { return (factor, basis) }
        return Basis.allCases.lazy.compactMap { other in self.intensities[other].map { ($0, other) } }.first
    }
}
