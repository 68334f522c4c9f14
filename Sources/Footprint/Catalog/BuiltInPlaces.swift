/// Sites made from the few built-in rows they need, found through the build-time lists
/// (`BuiltInRows`), without reading the places part: a cloud region named exactly, and the
/// world. Each site is made by `Catalog.sites` from the same rows as the full part's, so it
/// is the same site.
enum BuiltInPlaces {
    /// Whether sites may come from the built-in rows: `layers` give the places from the
    /// built-in tables alone, and the places part has not been read (`placesRead`), which
    /// would serve them at once.
    static func serve(_ layers: TableLayers, placesRead: Bool) -> Bool {
        !placesRead && layers.builtIn
            && ![GridZone.tableName, CloudRegion.tableName, PUEEntry.tableName].contains(where: layers.isOverlaid)
    }

    /// The site of the one cloud region `literal` (trimmed and lower-cased) denotes exactly, as
    /// the first stage of `NameIndex.match` finds it; nil when no or several regions do.
    static func region(named literal: String, view: IntensityView) -> Site? {
        guard let table = BuiltInRows.table(CloudRegion.tableName, list: EmbeddedTables.regionNames, named: literal),
              let regions = try? CloudRegion.rows(from: table).map(\.value), regions.count == 1
        else { return nil }
        return sites(regions: regions, view: view)?.all.first
    }

    /// The world-average site and the unknown-data-centre PUE.
    static func world(view: IntensityView) -> (world: Site, unknownPUE: Factor)? {
        sites(regions: [], view: view).map { ($0.world, $0.unknownPUE) }
    }

    /// The built-in grid rows of the zone `id` (of the world for the empty id).
    private static func zones(id: String) -> [Located<GridZone>]? {
        guard let table = BuiltInRows.table(GridZone.tableName, list: EmbeddedTables.gridIDs, named: NameIndex<GridZone>.literal(id)),
              let rows = try? GridZone.rows(from: table)
        else { return nil }
        // The list is lower-cased: keep the rows of this very id (or of the world).
        return rows.filter { id.isEmpty ? $0.value.kind == .world : $0.value.id == id }
    }

    /// The world's grid rows, read once.
    private static let worldZones = zones(id: "")

    /// The built-in PUE entries by `PUEEntry.key`, read once.
    private static let pueByKey: [String: PUEEntry]? = {
        guard let table = try? CSVTable.embedded(PUEEntry.tableName), let pue = try? PUEEntry.rows(from: table) else { return nil }
        return Dictionary(pue.map { ($0.value.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }()

    /// The sites of `regions`, then of their grid zones and the world, with the PUE figures.
    private static func sites(regions: [CloudRegion], view: IntensityView) -> (all: [Site], world: Site, unknownPUE: Factor)? {
        guard var zones = worldZones, let pueByKey else { return nil }
        for region in regions {
            guard let rows = Self.zones(id: region.gridZone) else { return nil }
            zones += rows
        }
        return try? Catalog.sites(
            regions: regions, zones: GridZone.combining(zones).map(\.value), view: view, pue: { pueByKey[PUEEntry.key($0, $1)] })
    }
}
