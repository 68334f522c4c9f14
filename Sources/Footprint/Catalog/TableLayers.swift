/// The tables of a catalog in layers: the built-in tables of `Data/` (when included), each
/// parsed only when a part of the catalog first needs it, then the tables laid over them.
struct TableLayers: Sendable {
    /// Whether the built-in tables are the first layer.
    let builtIn: Bool
    /// The tables laid over the built-in ones, in order.
    let overlays: [CSVTable]

    /// Whether a table named `name` is laid over the built-in one.
    func isOverlaid(_ name: String) -> Bool { overlays.contains { $0.name == name } }

    /// Every layer of the table `name`: the built-in one first (parsed now), then the overlays.
    ///
    /// - Throws: `DataError` when the built-in table does not parse.
    func tables(named name: String) throws(DataError) -> [CSVTable] {
        (builtIn ? [try CSVTable.embedded(name)] : []) + overlays.filter { $0.name == name }
    }

    /// The rows of every layer of `name`, each layer read by `rows`.
    func rows<Row>(_ name: String, _ rows: (CSVTable) throws(DataError) -> [Located<Row>]) throws(DataError) -> [[Located<Row>]] {
        var layers: [[Located<Row>]] = []
        for table in try tables(named: name) { layers.append(try rows(table)) }
        return layers
    }
}
