/// Which locations to list or rank: every criterion given must hold (an empty list means
/// any); within one criterion any listed value matches.
public struct SiteFilter: Sendable, Hashable {
    /// Site kinds; `region` for cloud regions, `world`/`country`/`subnational` for grids.
    public var kinds: Set<Site.Kind>
    /// Provider ids (regions only).
    public var providers: Set<String>
    /// ISO country codes.
    public var countries: Set<String>
    /// Continent names, compared ignoring case, spaces and punctuation.
    public var continents: Set<String>
    /// Text that must appear in the id, name, country or grid zone (as a `NameKey`).
    public var query: String?

    /// A filter; the defaults match everything.
    public init(
        kinds: Set<Site.Kind> = [], providers: Set<String> = [], countries: Set<String> = [],
        continents: Set<String> = [], query: String? = nil
    ) {
        self.kinds = kinds
        self.providers = providers
        self.countries = countries
        self.continents = continents
        self.query = query
    }

    /// Whether `site` passes.
    public func matches(_ site: Site) -> Bool {
        if !kinds.isEmpty, !kinds.contains(site.kind) { return false }
        if !providers.isEmpty, !providers.contains(site.provider ?? "") { return false }
        if !countries.isEmpty, !countries.contains(site.country ?? "") { return false }
        if !continents.isEmpty, !continents.contains(where: { NameKey($0) == NameKey(site.continent ?? "") }) { return false }
        if let query, !query.isEmpty {
            let key = NameKey(query).text
            let fields = [site.id, site.name, site.country ?? "", site.gridZone ?? "", site.provider ?? ""]
            guard fields.contains(where: { NameKey($0).text.contains(key) }) else { return false }
        }
        return true
    }
}
