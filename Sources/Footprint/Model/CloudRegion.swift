/// A cloud region of `regions.csv` and the grid zone it draws from.
package struct CloudRegion: Sendable, Hashable {
    /// `provider:region`, such as `aws:us-east-1`.
    package let id: String
    /// Provider id: `aws`, `gcp`, `azure`, ...
    package let provider: String
    /// The region id as the provider spells it.
    package let region: String
    /// Display name.
    package let name: String
    /// ISO country code.
    package let country: String
    /// ISO 3166-2 subdivision (`US-VA`), or empty.
    package let subdivision: String
    /// City or metro area, or empty.
    package let city: String
    /// The id of the `GridZone` the region draws from.
    package let gridZone: String
    /// The provider's own published intensity for the region, when there is one; the
    /// region's default intensity is always its grid zone's.
    package let providerReported: ReportedIntensity?
    /// Source and year of the row.
    package let provenance: Provenance

    /// A region row.
    package init(
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
