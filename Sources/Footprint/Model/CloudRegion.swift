/// A cloud region of `regions.csv` and the grid zone it draws from.
public struct CloudRegion: Sendable, Hashable {
    /// `provider:region`, such as `aws:us-east-1`.
    public let id: String
    /// Provider id: `aws`, `gcp`, `azure`, ...
    public let provider: String
    /// The region id as the provider spells it.
    public let region: String
    /// Display name.
    public let name: String
    /// ISO country code.
    public let country: String
    /// ISO 3166-2 subdivision (`US-VA`), or empty.
    public let subdivision: String
    /// City or metro area, or empty.
    public let city: String
    /// The id of the `GridZone` the region draws from.
    public let gridZone: String
    /// The provider's own published intensity for the region, when there is one; the
    /// region's default intensity is always its grid zone's.
    public let providerReported: ReportedIntensity?
    /// Source and year of the row.
    public let provenance: Provenance

    /// A region row.
    public init(
        id: String, provider: String, region: String, name: String, country: String, subdivision: String,
        city: String, gridZone: String, providerReported: ReportedIntensity?, provenance: Provenance
    ) {
        self.id = id
        self.provider = provider
        self.region = region
        self.name = name
        self.country = country
        self.subdivision = subdivision
        self.city = city
        self.gridZone = gridZone
        self.providerReported = providerReported
        self.provenance = provenance
    }
}
