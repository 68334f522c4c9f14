extension InstanceType {
    /// The file name of the instance table.
    static let tableName = "instances.csv"

    /// The rows of an instance table, their hardware ids looked up in `hardware`.
    ///
    /// - Throws: `DataError` for a malformed row or a hardware id the hardware table lacks.
    static func rows(from table: CSVTable, hardware: [String: Hardware]) throws(DataError) -> [Located<InstanceType>] {
        let reader = try TableReader(table, requiring: [
            "id", "provider", "instance_type", "accelerator", "accelerator_count", "vcpus", "cpu", "memory_gb", "year", "source",
        ])
        func model(_ column: String, _ row: CSVRow) throws(DataError) -> Hardware? {
            let id = reader.text(column, row)
            guard !id.isEmpty else { return nil }
            guard let found = hardware[id] else { throw reader.fault(column, row, "'\(column)' is '\(id)', which hardware.csv lacks") }
            return found
        }
        var rows: [Located<InstanceType>] = []
        for row in table.rows {
            let accelerator = try model("accelerator", row)
            let count = try reader.optionalNumber("accelerator_count", row, in: 0.01...100_000)
            if (accelerator == nil) != (count == nil) {
                throw reader.fault("accelerator_count", row, "'accelerator' and 'accelerator_count' go together")
            }
            let instance = InstanceType(
                id: try reader.required("id", row), provider: try reader.required("provider", row),
                name: try reader.required("instance_type", row), accelerator: accelerator, acceleratorCount: count,
                vcpus: try reader.optionalInteger("vcpus", row, in: 1...100_000), cpu: try model("cpu", row),
                memoryGB: try reader.optionalNumber("memory_gb", row, in: 0...1_000_000),
                provenance: try reader.provenance(row))
            rows.append(Located(value: instance, file: table.name, line: row.line))
        }
        return rows
    }
}

extension NameIndex where Entry == InstanceType {
    /// Instance types by `provider:type` (any punctuation) and the bare type; candidates
    /// show their accelerators or vCPUs.
    static func instances(_ entries: [InstanceType]) -> NameIndex<InstanceType> {
        NameIndex(
            entries, names: { [$0.id, $0.name, "\($0.provider) \($0.name)"] }, words: { [$0.provider] },
            candidate: { item in
                if let count = item.acceleratorCount, let accelerator = item.accelerator {
                    return .init(id: item.id, name: item.id, value: count, unit: "× \(accelerator.name)")
                }
                return .init(id: item.id, name: item.id, value: Double(item.vcpus ?? 0), unit: "vCPUs")
            })
    }
}
