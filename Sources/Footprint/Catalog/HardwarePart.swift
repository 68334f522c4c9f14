/// The hardware of a catalog: its rows indexed by name, and by id for the instance table.
struct HardwarePart: Sendable {
    /// Accelerators and CPUs, by id, name or alias.
    let index: NameIndex<Hardware>
    /// Every row by id.
    let byID: [String: Hardware]

    /// The hardware of every layer, later layers replacing rows of the same id.
    ///
    /// - Throws: `DataError` for a malformed row or a duplicate id.
    init(_ layers: TableLayers) throws(DataError) {
        let rows = try [Located<Hardware>].merging(try layers.rows(Hardware.tableName, Hardware.rows), id: \.id).map(\.value)
        index = .hardware(rows)
        byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
