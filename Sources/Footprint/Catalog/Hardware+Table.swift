extension Hardware {
    /// The file name of the hardware table.
    static let tableName = "hardware.csv"

    /// The rows of a hardware table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<Hardware>] {
        let reader = try TableReader(table, requiring: [
            "id", "name", "aliases", "kind", "vendor", "max_power_watts", "memory_gb", "cores", "threads", "year", "source",
        ])
        var rows: [Located<Hardware>] = []
        for row in table.rows {
            let hardware = Hardware(
                id: try reader.required("id", row),
                name: try reader.required("name", row),
                aliases: reader.list("aliases", row),
                kind: try reader.choice("kind", row, as: Kind.self),
                vendor: reader.text("vendor", row),
                maxPowerWatts: try reader.number("max_power_watts", row, in: 0.1...100_000),
                memoryGB: try reader.optionalNumber("memory_gb", row, in: 0...100_000),
                cores: try reader.optionalInteger("cores", row, in: 1...4096),
                threads: try reader.optionalInteger("threads", row, in: 1...8192),
                provenance: try reader.provenance(row))
            rows.append(Located(value: hardware, file: table.name, line: row.line))
        }
        return rows
    }
}
