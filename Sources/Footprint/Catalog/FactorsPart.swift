/// The small tables of a catalog: constants, water, embodied emissions and equivalents.
struct FactorsPart: Sendable {
    /// Scalar constants, by id.
    let constants: [String: Constant]
    /// On-site WUE by `scope/id` and off-site water intensity by `country/ID`.
    let water: [String: WaterFactor]
    /// Embodied emissions of devices and hosts, by id.
    let embodied: [String: EmbodiedFactor]
    /// Equivalents, in table order.
    let equivalents: [Equivalent]

    /// The factors of every layer, later layers replacing rows of the same id.
    ///
    /// - Throws: `DataError` for a malformed row or a duplicate id.
    init(_ layers: TableLayers) throws(DataError) {
        let constants = try [Located<Constant>].merging(try layers.rows(Constant.tableName, Constant.rows), id: \.id)
        let water = try [Located<WaterFactor>].merging(
            try layers.rows(WaterFactor.onsiteTableName, WaterFactor.onsiteRows)
                + layers.rows(WaterFactor.offsiteTableName, WaterFactor.offsiteRows),
            id: \.key)
        let embodied = try [Located<EmbodiedFactor>].merging(try layers.rows(EmbodiedFactor.tableName, EmbodiedFactor.rows), id: \.id)
        let equivalents = try [Located<Equivalent>].merging(try layers.rows(Equivalent.tableName, Equivalent.rows), id: \.id)
        self.constants = Dictionary(uniqueKeysWithValues: constants.map { ($0.value.id, $0.value) })
        self.water = Dictionary(uniqueKeysWithValues: water.map { ($0.value.key, $0.value) })
        self.embodied = Dictionary(uniqueKeysWithValues: embodied.map { ($0.value.id, $0.value) })
        self.equivalents = equivalents.map(\.value)
    }
}
