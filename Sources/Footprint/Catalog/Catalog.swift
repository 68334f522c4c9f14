/// Every factor Footprint knows: hardware, grids, cloud regions, PUE and constants, parsed
/// from the built-in tables of `Data/` and any tables the user overlays on them.
///
/// A catalog is an immutable value: build it once and share it.
public final class Catalog: Sendable {
    /// Accelerators and CPUs, by id, name or alias.
    package let hardware: NameIndex<Hardware>
    /// The world, countries and sub-national zones, by id, name or alias.
    package let grids: NameIndex<GridZone>
    /// Cloud regions, by `provider:region`.
    package let regions: NameIndex<CloudRegion>
    /// Cloud instance types, by `provider:type` or the bare type.
    package let instances: NameIndex<InstanceType>
    /// The provider ids of the cloud regions, sorted.
    public let providers: [String]
    /// PUE figures, by scope and id.
    package let pueEntries: [PUEEntry]
    /// Scalar constants, by id.
    package let constants: [String: Constant]
    /// On-site WUE by `scope/id` and off-site water intensity by `country/ID`.
    package let water: [String: WaterFactor]
    /// Embodied emissions of devices and hosts, by id.
    package let embodied: [String: EmbodiedFactor]
    /// Equivalents, in table order.
    package let equivalents: [Equivalent]
    /// Every cloud region, then every grid zone, as sites with their intensity and PUE.
    public let sites: [Site]
    /// The world-average site, used when a job names no location.
    public let worldSite: Site
    /// The on-premises/unknown data-centre PUE.
    public let unknownPUE: Factor
    /// The basis and figures the sites' intensities follow.
    package let view: IntensityView
    /// What every job of this catalog shares.
    let jobContext: JobContext
    private let zonesByID: [String: GridZone]
    private let pueByKey: [String: PUEEntry]
    let sitesByID: [String: Site]

    /// The names of the tables a catalog reads; other file names are rejected.
    public static let tableNames = [
        Hardware.tableName, GridZone.tableName, CloudRegion.tableName, PUEEntry.tableName, Constant.tableName,
        WaterFactor.onsiteTableName, WaterFactor.offsiteTableName, EmbodiedFactor.tableName, Equivalent.tableName,
        InstanceType.tableName,
    ]

    /// A catalog of `tables`, in layers: a later table of the same name replaces the rows
    /// of earlier ones with the same id (grid rows: the same id and basis) and adds the
    /// others. `view` chooses the basis and figures of the sites' intensities.
    ///
    /// - Throws: `DataError` for an unknown table name, a malformed row, a duplicate id, or
    ///   a reference to a zone or region that does not exist.
    package init(layers tables: [CSVTable], view: IntensityView = .standard) throws(DataError) {
        for table in tables where !Self.tableNames.contains(table.name) {
            let hint = Suggestions.closest(to: table.name, among: Self.tableNames).first.map { "; did you mean '\($0)'?" } ?? ""
            throw DataError(
                file: table.name, line: 1,
                message: "unknown table '\(table.name)'\(hint) (tables: \(Self.tableNames.joined(separator: ", ")))")
        }
        func layers(_ name: String) -> [CSVTable] { tables.filter { $0.name == name } }
        var hardwareLayers: [[Located<Hardware>]] = [], gridLayers: [[Located<GridZone>]] = []
        var regionLayers: [[Located<CloudRegion>]] = [], pueLayers: [[Located<PUEEntry>]] = []
        var constantLayers: [[Located<Constant>]] = [], waterLayers: [[Located<WaterFactor>]] = []
        var embodiedLayers: [[Located<EmbodiedFactor>]] = [], equivalentLayers: [[Located<Equivalent>]] = []
        for table in layers(Hardware.tableName) { hardwareLayers.append(try Hardware.rows(from: table)) }
        for table in layers(GridZone.tableName) { gridLayers.append(try GridZone.rows(from: table)) }
        for table in layers(CloudRegion.tableName) { regionLayers.append(try CloudRegion.rows(from: table)) }
        for table in layers(PUEEntry.tableName) { pueLayers.append(try PUEEntry.rows(from: table)) }
        for table in layers(Constant.tableName) { constantLayers.append(try Constant.rows(from: table)) }
        for table in layers(WaterFactor.onsiteTableName) { waterLayers.append(try WaterFactor.onsiteRows(from: table)) }
        for table in layers(WaterFactor.offsiteTableName) { waterLayers.append(try WaterFactor.offsiteRows(from: table)) }
        for table in layers(EmbodiedFactor.tableName) { embodiedLayers.append(try EmbodiedFactor.rows(from: table)) }
        for table in layers(Equivalent.tableName) { equivalentLayers.append(try Equivalent.rows(from: table)) }

        let hardware = try [Located<Hardware>].merging(hardwareLayers, id: \.id)
        let zones = GridZone.combining(try [Located<GridZone>].merging(gridLayers, id: \.rowKey))
        let regions = try [Located<CloudRegion>].merging(regionLayers, id: \.id)
        let pue = try [Located<PUEEntry>].merging(pueLayers, id: \.key)
        let constants = try [Located<Constant>].merging(constantLayers, id: \.id)
        let water = try [Located<WaterFactor>].merging(waterLayers, id: \.key)
        let embodied = try [Located<EmbodiedFactor>].merging(embodiedLayers, id: \.id)
        let equivalents = try [Located<Equivalent>].merging(equivalentLayers, id: \.id)
        let hardwareByID = Dictionary(hardware.map { ($0.value.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        var instanceLayers: [[Located<InstanceType>]] = []
        for table in layers(InstanceType.tableName) {
            instanceLayers.append(try InstanceType.rows(from: table, hardware: hardwareByID))
        }
        let instances = try [Located<InstanceType>].merging(instanceLayers, id: \.id)

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
        self.constants = Dictionary(uniqueKeysWithValues: constants.map { ($0.value.id, $0.value) })
        self.water = Dictionary(uniqueKeysWithValues: water.map { ($0.value.key, $0.value) })
        self.embodied = Dictionary(uniqueKeysWithValues: embodied.map { ($0.value.id, $0.value) })
        self.equivalents = equivalents.map(\.value)
        self.zonesByID = Dictionary(uniqueKeysWithValues: zones.map { ($0.value.id, $0.value) })
        let pueByKey = Dictionary(uniqueKeysWithValues: pue.map { ($0.value.key, $0.value) })
        self.pueByKey = pueByKey
        self.view = view
        let sites = try Self.sites(
            regions: regions.map(\.value), zones: zones.map(\.value), view: view, pue: { pueByKey["\($0.rawValue)/\($1)"] })
        self.sites = sites.all
        self.worldSite = sites.world
        self.unknownPUE = sites.unknownPUE
        self.jobContext = JobContext(
            world: sites.world, unknownPUE: sites.unknownPUE,
            memoryWattsPerGB: constants.first { $0.value.id == "memory_watts_per_gb" }?.value.factor)
        let sitesByID = Dictionary(sites.all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.sitesByID = sitesByID
        self.hardware = .hardware(hardware.map(\.value))
        self.instances = .instances(instances.map(\.value))
        self.grids = .grids(zones.map(\.value), sites: sitesByID)
        self.regions = .regions(regions.map(\.value), sites: sitesByID)
    }

    /// The zone with exactly this id.
    package func zone(id: String) -> GridZone? { zonesByID[id] }

    /// The PUE figure for `scope` and `id`, if the table has one.
    package func pue(_ scope: PUEEntry.Scope, _ id: String) -> PUEEntry? { pueByKey["\(scope.rawValue)/\(id)"] }

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
