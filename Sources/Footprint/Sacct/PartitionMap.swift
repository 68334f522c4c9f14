/// What a cluster's partitions run on, for the jobs sacct lists: a CSV file with a
/// `partition` column and batch columns (`hardware, cpu, location, pue, region, ...`;
/// more are allowed and pass through). An optional `gres` column holds a Slurm GPU type
/// (`a100`): such a row applies only to the partition's jobs with GPUs of that type, and its
/// `hardware` names the model the type stands for.
package struct PartitionMap: Sendable {
    /// The batch columns the map gives, in its order (without `partition` and `gres`).
    package let columns: [String]
    /// Per partition, its rows: the GPU type (empty for any) and the cells of `columns`.
    private let rows: [String: [(gres: String, cells: [String])]]

    /// The map in `table`.
    ///
    /// - Throws: `DataError` without a `partition` column, or for a partition (and GPU type) given twice.
    package init(_ table: CSVTable) throws(DataError) {
        let keys = table.header.map { NameKey($0) }
        guard let partition = keys.firstIndex(of: NameKey("partition")) else {
            throw DataError(file: table.name, line: 1, message: "a partition map needs a 'partition' column (then hardware, cpu, location, pue, ...)")
        }
        let gres = keys.firstIndex(of: NameKey("gres"))
        let kept = table.header.indices.filter { $0 != partition && $0 != gres }
        var rows: [String: [(gres: String, cells: [String])]] = [:]
        for row in table.rows {
            let cell = { (index: Int) in index < row.cells.count ? row.cells[index].trimmingWhitespace() : "" }
            let name = cell(partition), type = gres.map(cell) ?? ""
            if rows[name, default: []].contains(where: { $0.gres.lowercased() == type.lowercased() }) {
                throw DataError(file: table.name, line: row.line, message: "partition '\(name)'\(type.isEmpty ? "" : " with gres '\(type)'") is given twice")
            }
            rows[name, default: []].append((type, kept.map(cell)))
        }
        self.columns = kept.map { table.header[$0] }
        self.rows = rows
    }

    /// The cells of the row for `partition` and the GPU type `gres`: the row of that type,
    /// else the partition's row for any type; nil when the map has neither. A partition
    /// list (`gpu,cpu`, as sacct prints for a pending job) is looked up by its first name.
    package func cells(partition: String, gres: String?) -> (cells: [String], typed: Bool)? {
        let found = rows[partition] ?? partition.split(separator: ",").first.flatMap { rows[String($0)] }
        guard let found else { return nil }
        if let gres, let row = found.first(where: { !$0.gres.isEmpty && $0.gres.lowercased() == gres.lowercased() }) {
            return (row.cells, true)
        }
        return found.first(where: { $0.gres.isEmpty }).map { ($0.cells, false) }
    }
}
