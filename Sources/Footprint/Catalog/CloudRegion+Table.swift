extension CloudRegion {
    /// The file name of the cloud-region table.
    static let tableName = "regions.csv"

    /// The rows of a region table.
    static func rows(from table: CSVTable) throws(DataError) -> [Located<CloudRegion>] {
        let reader = try TableReader(table, requiring: [
            "id", "provider", "region", "name", "country", "subdivision", "city", "grid_zone",
            "provider_reported_g_per_kwh", "basis", "cfe_percent", "provider_reported_year", "provider_reported_source",
            "year", "source",
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
                providerReported: try providerReported(row, reader),
                provenance: provenance)
            guard region.id == "\(region.provider):\(region.region)" else {
                throw reader.fault("id", row, "'id' is '\(region.id)', expected '\(region.provider):\(region.region)'")
            }
            rows.append(Located(value: region, file: table.name, line: row.line))
        }
        return rows
    }

    /// The row's provider-reported figure, which needs a `basis`, a year and a source.
    private static func providerReported(_ row: CSVRow, _ reader: TableReader) throws(DataError) -> ReportedIntensity? {
        guard let value = try reader.optionalNumber("provider_reported_g_per_kwh", row, in: 0...3000) else { return nil }
        guard let year = try reader.optionalInteger("provider_reported_year", row, in: 1900...2100) else {
            throw reader.fault("provider_reported_year", row, "'provider_reported_year' is empty")
        }
        let provenance = Provenance(
            source: try reader.required("provider_reported_source", row), year: year, table: reader.table.name)
        return ReportedIntensity(
            factor: Factor(value, provenance), basis: try reader.choice("basis", row, as: Basis.self),
            cfePercent: try reader.optionalNumber("cfe_percent", row, in: 0...100))
    }
}
