/// The places of a catalog: grid zones, cloud regions and PUE figures, and the sites they
/// make, each with its intensity and PUE.
struct PlacesPart: Sendable {
    /// The world, countries and sub-national zones, by id, name or alias.
    var grids: NameIndex<GridZone> { gridIndex.wrapped }
    /// Cloud regions, by `provider:region`.
    var regions: NameIndex<CloudRegion> { regionIndex.wrapped }
    /// The name indexes, built on first use: ranking sites needs none.
    private let gridIndex: Lazy<NameIndex<GridZone>>, regionIndex: Lazy<NameIndex<CloudRegion>>
    /// The provider ids of the cloud regions, sorted.
    let providers: [String]
    /// PUE figures, in table order.
    let pueEntries: [PUEEntry]
    /// PUE figures by `scope/id`.
    let pueByKey: [String: PUEEntry]
    /// Zones by id.
    let zonesByID: [String: GridZone]
    /// Every cloud region, then every grid zone, as sites.
    let sites: [Site]
    /// Sites by id.
    let sitesByID: [String: Site]
    /// The world-average site.
    let world: Site
    /// The on-premises/unknown data-centre PUE.
    let unknownPUE: Factor

    /// The places of every layer (later layers replacing rows of the same id; grid rows of
    /// the same id and basis), their intensities seen through `view`.
    ///
    /// - Throws: `DataError` for a malformed row, a duplicate id, or a reference to a zone,
    ///   region or provider that does not exist.
    init(_ layers: TableLayers, view: IntensityView) throws(DataError) {
        let zones = GridZone.combining(try [Located<GridZone>].merging(try layers.rows(GridZone.tableName, GridZone.rows), id: \.rowKey))
        let regions = try [Located<CloudRegion>].merging(try layers.rows(CloudRegion.tableName, CloudRegion.rows), id: \.id)
        let pue = try [Located<PUEEntry>].merging(try layers.rows(PUEEntry.tableName, PUEEntry.rows), id: \.key)
        let zoneIDs = Set(zones.map(\.value.id))
        for region in regions where !zoneIDs.contains(region.value.gridZone) {
            throw region.fault("region '\(region.value.id)' names grid zone '\(region.value.gridZone)', which grids.csv lacks")
        }
        let regionIDs = Set(regions.map(\.value.id)), providers = Set(regions.map(\.value.provider))
        for entry in pue {
            let known = switch entry.value.scope {
            case .default: entry.value.id == "unknown"
            case .provider: providers.contains(entry.value.id)
            case .region: regionIDs.contains(entry.value.id)
            }
            guard known else { throw entry.fault("PUE row names \(entry.value.scope.rawValue) '\(entry.value.id)', which is not known") }
        }
        self.providers = providers.sorted()
        self.pueEntries = pue.map(\.value)
        self.zonesByID = Dictionary(uniqueKeysWithValues: zones.map { ($0.value.id, $0.value) })
        let pueByKey = Dictionary(uniqueKeysWithValues: pue.map { ($0.value.key, $0.value) })
        self.pueByKey = pueByKey
        let sites = try Catalog.sites(
            regions: regions.map(\.value), zones: zones.map(\.value), view: view, pue: { pueByKey[PUEEntry.key($0, $1)] })
        self.sites = sites.all
        self.world = sites.world
        self.unknownPUE = sites.unknownPUE
        let sitesByID = Dictionary(sites.all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.sitesByID = sitesByID
        self.gridIndex = Lazy { .grids(zones.map(\.value), sites: sitesByID) }
        self.regionIndex = Lazy { .regions(regions.map(\.value), sites: sitesByID) }
    }
}
