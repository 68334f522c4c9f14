extension CloudRegion {
    /// The file name of the cloud-region table.
    static let tableName = "regions.csv"

    /// The rows of a region table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<CloudRegion>] {
        let reader = try TableReader(table, requiring: [
            "id", "provider", "region", "name", "country", "subdivision", "city", "grid_zone",
            "intensity_g_per_kwh", "cfe_percent", "year", "source",
        ])
        var rows: [Located<CloudRegion>] = []
        for row in table.rows {
            let provenance = try reader.provenance(row)
            let region = CloudRegion(
                id: try reader.required("id", row),
                provider: try reader.required("provider", row),
                region: try reader.required("region", row),
                name: reader.text("name", row),
                country: try reader.required("country", row),
                subdivision: reader.text("subdivision", row),
                city: reader.text("city", row),
                gridZone: try reader.required("grid_zone", row),
                publishedIntensity: try reader.optionalNumber("intensity_g_per_kwh", row, in: 0...3000)
                    .map { Factor($0, provenance) },
                cfePercent: try reader.optionalNumber("cfe_percent", row, in: 0...100),
                provenance: provenance)
            guard region.id == "\(region.provider):\(region.region)" else {
                throw reader.fault("id", row, "'id' is '\(region.id)', expected '\(region.provider):\(region.region)'")
            }
            rows.append(Located(value: region, file: table.name, line: row.line))
        }
        return rows
    }
}
