extension Catalog {
    /// The site of a cloud region: its grid zone's intensity on the catalog's basis (or the
    /// provider's own figure, when the view asks for it and there is one), and the most
    /// specific PUE the tables hold (region, else provider, else the unknown default).
    package func site(of region: CloudRegion) -> Site { sitesByID[region.id]! }

    /// The site of a grid zone, at the on-premises/unknown PUE.
    package func site(of zone: GridZone) -> Site { sitesByID[zone.id]! }

    /// Every site, cloud regions first, then grid zones, each in table order.
    ///
    /// - Throws: `DataError` when a region's zone, the world row or the default PUE is missing.
    static func sites(
        regions: [CloudRegion], zones: [GridZone], view: IntensityView, pue: (PUEEntry.Scope, String) -> PUEEntry?
    ) throws(DataError) -> (all: [Site], world: Site, unknownPUE: Factor) {
        guard let unknownPUE = pue(.default, "unknown")?.pue else {
            throw DataError(file: PUEEntry.tableName, line: 1, message: "missing the 'default,unknown' PUE row")
        }
        let zonesByID = Dictionary(zones.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var all: [Site] = []
        for region in regions {
            guard let zone = zonesByID[region.gridZone], let grid = zone.intensity(view.basis) else {
                throw DataError(file: CloudRegion.tableName, line: 1, message: "region '\(region.id)' names unknown zone '\(region.gridZone)'")
            }
            let factor = pue(.region, region.id)?.pue ?? pue(.provider, region.provider)?.pue ?? unknownPUE
            let reported = view.source == .provider ? region.providerReported : nil
            let gridFactor = view.source == .provider ? grid.factor.noting("no provider-reported figure: grid zone's") : grid.factor
            all.append(Site(
                id: region.id, name: region.name, kind: .region, provider: region.provider, country: region.country,
                continent: zone.continent, gridZone: region.gridZone, intensity: reported?.factor ?? gridFactor,
                basis: reported?.basis ?? grid.basis, intensityFrom: reported == nil ? .grid : .provider,
                providerReported: region.providerReported, pue: factor))
        }
        var world: Site?
        for zone in zones {
            let kind: Site.Kind = switch zone.kind {
            case .world: .world
            case .country: .country
            case .subnational: .subnational
            }
            guard let grid = zone.intensity(view.basis) else {
                throw DataError(file: GridZone.tableName, line: 1, message: "zone '\(zone.id)' has no intensity")
            }
            let site = Site(
                id: zone.id, name: zone.name, kind: kind, provider: nil, country: zone.country.isEmpty ? nil : zone.country,
                continent: zone.continent, gridZone: zone.id, intensity: grid.factor, basis: grid.basis, pue: unknownPUE)
            if kind == .world, world == nil { world = site }
            all.append(site)
        }
        guard let world else { throw DataError(file: GridZone.tableName, line: 1, message: "missing the world row") }
        return (all, world, unknownPUE)
    }
}
