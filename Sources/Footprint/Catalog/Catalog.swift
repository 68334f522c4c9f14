/// Every factor Footprint knows: hardware, grids, cloud regions, PUE and constants, parsed
/// from the built-in tables of `Data/` and any tables the user overlays on them.
///
/// A catalog is an immutable value: build it once and share it.
public final class Catalog: Sendable {
    /// The tables the parts are read from.
    let layers: TableLayers
    /// The basis and figures the sites' intensities follow.
    package let view: IntensityView
    private let hardwarePart: Lazy<Result<HardwarePart, DataError>>
    private let placesPart: Lazy<Result<PlacesPart, DataError>>
    private let factorsPart: Lazy<Result<FactorsPart, DataError>>
    private let instancesPart: Lazy<Result<NameIndex<InstanceType>, DataError>>
    private let sharedContext: Lazy<JobContext>

    /// Accelerators and CPUs, by id, name or alias.
    package var hardware: NameIndex<Hardware> { Self.built(hardwarePart).index }
    /// The world, countries and sub-national zones, by id, name or alias.
    package var grids: NameIndex<GridZone> { places.grids }
    /// Cloud regions, by `provider:region`.
    package var regions: NameIndex<CloudRegion> { places.regions }
    /// Cloud instance types, by `provider:type` or the bare type.
    package var instances: NameIndex<InstanceType> { Self.built(instancesPart) }
    /// The provider ids of the cloud regions, sorted.
    public var providers: [String] { places.providers }
    /// PUE figures, by scope and id.
    package var pueEntries: [PUEEntry] { places.pueEntries }
    /// Scalar constants, by id.
    package var constants: [String: Constant] { factors.constants }
    /// On-site WUE by `scope/id` and off-site water intensity by `country/ID`.
    package var water: [String: WaterFactor] { factors.water }
    /// Embodied emissions of devices and hosts, by id.
    package var embodied: [String: EmbodiedFactor] { factors.embodied }
    /// Equivalents, in table order.
    package var equivalents: [Equivalent] { factors.equivalents }
    /// Every cloud region, then every grid zone, as sites with their intensity and PUE.
    public var sites: [Site] { places.sites }
    /// The world-average site, used when a job names no location.
    public var worldSite: Site { places.world }
    /// The on-premises/unknown data-centre PUE.
    public var unknownPUE: Factor { places.unknownPUE }
    /// What every job of this catalog shares.
    var jobContext: JobContext { sharedContext.wrapped }
    /// Sites by id.
    var sitesByID: [String: Site] { places.sitesByID }
    /// Whether the hardware table has been read (and its full index built).
    var hardwareIsRead: Bool { hardwarePart.isBuilt }
    /// Whether a site may come from the few built-in rows it needs (`BuiltInPlaces`): the
    /// places are the built-in ones alone and have not been read yet.
    var placesFromBuiltInRows: Bool { BuiltInPlaces.serve(layers, placesRead: placesAreRead) }
    /// Whether the places part has been read.
    var placesAreRead: Bool { placesPart.isBuilt }
    private var places: PlacesPart { Self.built(placesPart) }

    /// Reads the places part now. Until it is read, a region is made from its few built-in
    /// rows, which suits one lookup; a caller about to look up many places (a batch) pays
    /// for the part once instead.
    package func readPlaces() { _ = places }
    private var factors: FactorsPart { Self.built(factorsPart) }

    /// The names of the tables a catalog reads; other file names are rejected.
    package static let tableNames = [
        Hardware.tableName, GridZone.tableName, CloudRegion.tableName, PUEEntry.tableName, Constant.tableName,
        WaterFactor.onsiteTableName, WaterFactor.offsiteTableName, EmbodiedFactor.tableName, Equivalent.tableName,
        InstanceType.tableName,
    ]

    /// A catalog of `tables`, in layers: a later table of the same name replaces the rows
    /// of earlier ones with the same id (grid rows: the same id and basis) and adds the
    /// others. `view` chooses the basis and figures of the sites' intensities. Every table
    /// is read and checked here.
    ///
    /// - Throws: `DataError` for an unknown table name, a malformed row, a duplicate id, or
    ///   a reference to a zone or region that does not exist.
    package convenience init(layers tables: [CSVTable], view: IntensityView = .standard) throws(DataError) {
        try self.init(TableLayers(builtIn: false, overlays: tables), view: view)
        try validate()
    }

    /// A catalog of `layers` whose parts are read when first used (see `validate()`).
    ///
    /// - Throws: `DataError` for an unknown table name.
    init(_ layers: TableLayers, view: IntensityView) throws(DataError) {
        for table in layers.overlays where !Self.tableNames.contains(table.name) {
            let hint = Suggestions.closest(to: table.name, among: Self.tableNames).first.map { "; did you mean '\($0)'?" } ?? ""
            throw DataError(
                file: table.name, line: 1,
                message: "unknown table '\(table.name)'\(hint) (tables: \(Self.tableNames.joined(separator: ", ")))")
        }
        self.layers = layers
        self.view = view
        let hardwarePart = Lazy { Result { () throws(DataError) in try HardwarePart(layers) } }
        let placesPart = Lazy { Result { () throws(DataError) in try PlacesPart(layers, view: view) } }
        let factorsPart = Lazy { Result { () throws(DataError) in try FactorsPart(layers) } }
        self.hardwarePart = hardwarePart
        self.placesPart = placesPart
        self.factorsPart = factorsPart
        self.instancesPart = Lazy {
            Result { () throws(DataError) in
                let hardware = try hardwarePart.wrapped.get().byID
                let rows = try [Located<InstanceType>].merging(
                    try layers.rows(InstanceType.tableName) { table throws(DataError) in try InstanceType.rows(from: table, hardware: hardware) },
                    id: \.id)
                return .instances(rows.map(\.value))
            }
        }
        self.sharedContext = Lazy {
            let fromRows = BuiltInPlaces.serve(layers, placesRead: placesPart.isBuilt) ? BuiltInPlaces.world(view: view) : nil
            let (world, unknownPUE) = fromRows ?? { let places = Self.built(placesPart); return (places.world, places.unknownPUE) }()
            return JobContext(
                world: world, unknownPUE: unknownPUE,
                memoryWattsPerGB: Self.built(factorsPart).constants["memory_watts_per_gb"]?.factor)
        }
    }

    /// Reads every part of the catalog now, so that no data error waits for first use.
    ///
    /// - Throws: the first `DataError` of the hardware, the places, the factors, then the
    ///   instance types.
    package func validate() throws(DataError) {
        _ = try hardwarePart.wrapped.get()
        _ = try placesPart.wrapped.get()
        _ = try factorsPart.wrapped.get()
        _ = try instancesPart.wrapped.get()
    }

    /// The part `lazy` holds, read now if needed. A part fails only for broken built-in
    /// tables (a catalog with tables of its own is validated when made), which the catalog
    /// integrity tests rule out.
    private static func built<Part>(_ lazy: Lazy<Result<Part, DataError>>) -> Part {
        switch lazy.wrapped {
        case let .success(part): return part
        case let .failure(error): fatalError("a built-in table is broken: \(error)")
        }
    }

    /// The zone with exactly this id.
    package func zone(id: String) -> GridZone? { places.zonesByID[id] }

    /// The PUE figure for `scope` and `id`, if the table has one.
    package func pue(_ scope: PUEEntry.Scope, _ id: String) -> PUEEntry? { places.pueByKey[PUEEntry.key(scope, id)] }

    /// The constant `id`.
    ///
    /// - Throws: `DataError` naming `constants.csv` when the row is missing.
    public func constant(_ id: String) throws(DataError) -> Factor {
        guard let constant = constants[id] else {
            throw DataError(file: Constant.tableName, line: 1, message: "missing constant '\(id)'")
        }
        return constant.factor
    }
}
