/// Where a job runs, with the two factors that place supplies: grid intensity and PUE.
public final class Site: Sendable {
    /// What kind of place a site is.
    public enum Kind: String, Sendable, Hashable {
        /// A cloud region.
        case region
        /// The world average.
        case world
        /// A country.
        case country
        /// A sub-national grid zone.
        case subnational
        /// No place: an intensity the user gave.
        case custom
    }

    /// `aws:us-east-1`, `FR`, `US-EGRID-SRVC`, `WORLD`, or `custom`.
    public let id: String
    /// Display name.
    public let name: String
    /// The kind of place.
    public let kind: Kind
    /// Provider id for a cloud region, else nil.
    public let provider: String?
    /// ISO country code, when known.
    public let country: String?
    /// Continent name, when known.
    public let continent: String?
    /// The grid zone whose intensity applies, when any.
    public let gridZone: String?
    /// Grid carbon intensity in gCO2e/kWh.
    public let intensity: Factor
    /// The basis of `intensity`; nil for an intensity the user gave.
    public let basis: Basis?
    /// Whether `intensity` is the grid zone's figure or the provider's own.
    package let intensityFrom: IntensitySource
    /// The provider's own figure for a cloud region, kept beside the grid figure.
    package let providerReported: ReportedIntensity?
    /// Power usage effectiveness.
    public let pue: Factor

    /// A site.
    package init(
        id: String, name: String, kind: Kind, provider: String?, country: String?, continent: String?,
        gridZone: String?, intensity: Factor, basis: Basis?, intensityFrom: IntensitySource = .grid,
        providerReported: ReportedIntensity? = nil, pue: Factor
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.provider = provider
        self.country = country
        self.continent = continent
        self.gridZone = gridZone
        self.intensity = intensity
        self.basis = basis
        self.intensityFrom = intensityFrom
        self.providerReported = providerReported
        self.pue = pue
    }

    /// The same site with other factors; an intensity given here has no known basis.
    package func with(intensity: Factor? = nil, pue: Factor? = nil) -> Site {
        Site(
            id: id, name: name, kind: kind, provider: provider, country: country, continent: continent,
            gridZone: gridZone, intensity: intensity ?? self.intensity, basis: intensity == nil ? basis : nil,
            intensityFrom: intensityFrom, providerReported: providerReported, pue: pue ?? self.pue)
    }
}
