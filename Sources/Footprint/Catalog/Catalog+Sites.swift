extension Catalog {
    /// The site of a cloud region: its published intensity or its grid zone's, and the
    /// most specific PUE the tables hold (region, else provider, else the unknown default).
    public func site(of region: CloudRegion) throws(DataError) -> Site {
        let zone = zone(id: region.gridZone)
        guard let intensity = region.publishedIntensity ?? zone?.intensity else {
            throw DataError(file: CloudRegion.tableName, line: 1, message: "region '\(region.id)' has no intensity")
        }
        let pue = try pue(region: region.id, provider: region.provider)
        return Site(
            id: region.id, name: region.name, kind: .region, provider: region.provider, country: region.country,
            continent: zone?.continent, gridZone: region.gridZone, intensity: intensity, pue: pue)
    }

    /// The site of a grid zone, at the on-premises/unknown PUE.
    public func site(of zone: GridZone) throws(DataError) -> Site {
        let kind: Site.Kind = switch zone.kind {
        case .world: .world
        case .country: .country
        case .subnational: .subnational
        }
        return Site(
            id: zone.id, name: zone.name, kind: kind, provider: nil, country: zone.country.isEmpty ? nil : zone.country,
            continent: zone.continent, gridZone: zone.id, intensity: zone.intensity, pue: try pue(region: nil, provider: nil))
    }

    /// The most specific PUE for a region and provider, else the unknown default.
    func pue(region: String?, provider: String?) throws(DataError) -> Factor {
        if let region, let entry = pue(.region, region) { return entry.pue }
        if let provider, let entry = pue(.provider, provider) { return entry.pue }
        guard let entry = pue(.default, "unknown") else {
            throw DataError(file: PUEEntry.tableName, line: 1, message: "missing the 'default,unknown' PUE row")
        }
        return entry.pue
    }

    /// The world-average site, used when a job names no location.
    func worldSite() throws(DataError) -> Site {
        guard let world = grids.entries.first(where: { $0.kind == .world }) else {
            throw DataError(file: GridZone.tableName, line: 1, message: "missing the world row")
        }
        return try site(of: world)
    }
}
