/// Sites made from the few built-in rows they need, found through the build-time lists
/// (`BuiltInRows`), without reading the places part: a cloud region named exactly, and the
/// world. Each site is made by `Catalog.sites` from the same rows as the full part's, so it
/// is the same site.
enum BuiltInPlaces {
    /// Whether `layers` give the places from the built-in tables alone.
    static func apply(to layers: TableLayers) -> Bool {
        layers.builtIn && ![GridZone.tableName, CloudRegion.tableName, PUEEntry.tableName].contains(where: layers.isOverlaid)
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

    /// The sites of `regions`, then of their grid zones and the world, with the PUE figures.
    private static func sites(regions: [CloudRegion], view: IntensityView) -> (all: [Site], world: Site, unknownPUE: Factor)? {
        var zones: [Located<GridZone>] = []
        for id in [""] + regions.map(\.gridZone) {
            guard let table = BuiltInRows.table(GridZone.tableName, list: EmbeddedTables.gridIDs, named: NameIndex<GridZone>.literal(id)),
                  let rows = try? GridZone.rows(from: table)
            else { return nil }
            // The list is lower-cased: keep the rows of this very id (or of the world).
            zones += rows.filter { id.isEmpty ? $0.value.kind == .world : $0.value.id == id }
        }
        guard let pueTable = try? CSVTable.embedded(PUEEntry.tableName), let pue = try? PUEEntry.rows(from: pueTable) else { return nil }
        let pueByKey = Dictionary(pue.map { ($0.value.key, $0.value) }, uniquingKeysWith: { _, last in last })
        return try? Catalog.sites(
            regions: regions, zones: GridZone.combining(zones).map(\.value), view: view, pue: { pueByKey["\($0.rawValue)/\($1)"] })
    }
}
