extension WaterFactor {
    /// The file name of the on-site table.
    static let onsiteTableName = "water_onsite.csv"
    /// The file name of the off-site table.
    static let offsiteTableName = "water_offsite.csv"

    /// The rows of an on-site WUE table; unique per `scope/id`.
    static func onsiteRows(from table: CSVTable) throws(DataError) -> [Located<WaterFactor>] {
        let reader = try TableReader(table, requiring: ["scope", "id", "wue_l_per_kwh", "year", "source"])
        var rows: [Located<WaterFactor>] = []
        for row in table.rows {
            let scope = try reader.choice("scope", row, as: PUEEntry.Scope.self).rawValue
            let factor = Factor(try reader.number("wue_l_per_kwh", row, in: 0...100), try reader.provenance(row))
            rows.append(Located(value: WaterFactor(scope: scope, id: try reader.required("id", row), litresPerKWh: factor), file: table.name, line: row.line))
        }
        return rows
    }

    /// The rows of an off-site water-intensity table.
    static func offsiteRows(from table: CSVTable) throws(DataError) -> [Located<WaterFactor>] {
        let reader = try TableReader(table, requiring: ["id", "ewif_l_per_kwh", "year", "source"])
        var rows: [Located<WaterFactor>] = []
        for row in table.rows {
            let factor = Factor(try reader.number("ewif_l_per_kwh", row, in: 0...1000), try reader.provenance(row))
            rows.append(Located(value: WaterFactor(scope: "country", id: try reader.required("id", row), litresPerKWh: factor), file: table.name, line: row.line))
        }
        return rows
    }
}
