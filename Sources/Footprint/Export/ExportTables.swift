/// The tables a warehouse needs to run the estimate itself: hardware, exact names,
/// locations (on the catalog's basis, with their PUE), PUE figures, constants, and a
/// `meta` table with the data version. `SQLExport` and `export csv` render them.
package enum ExportTables {
    /// The id of the world-average location, used when a job names no place.
    package static func worldID(_ catalog: Catalog) -> String { catalog.worldSite.id }

    /// Every table of the export of `catalog`, `meta` first; `toolVersion` is recorded in it.
    package static func of(_ catalog: Catalog, toolVersion: String) -> [ExportTable] {
        let tables = [hardware(catalog), names(catalog), spellings(catalog), locations(catalog), pue(catalog), constants(catalog)]
        return [meta(catalog, toolVersion: toolVersion, tables: tables)] + tables
    }

    /// `meta(key, value)`: the tool version, the data version (a fingerprint of every
    /// other table), the basis, the world location and the row counts.
    static func meta(_ catalog: Catalog, toolVersion: String, tables: [ExportTable]) -> ExportTable {
        var hash = Fingerprint()
        for table in tables { hash.add(table.name + "\n" + table.csv) }
        var rows: [[ExportTable.Cell]] = [
            [.text("tool"), .text("footprint \(toolVersion)")],
            [.text("data_version"), .text(hash.text)],
            [.text("basis"), .text(catalog.view.basis.rawValue)],
            [.text("intensity_source"), .text(catalog.view.source.rawValue)],
            [.text("world_location_id"), .text(catalog.worldSite.id)],
        ]
        rows += tables.map { [.text("rows_\($0.name)"), .text("\($0.rows.count)")] }
        return ExportTable("meta", "the tool and data version of the export", columns: [("key", .text), ("value", .text)], rows: rows)
    }

    /// `hardware`: every accelerator and CPU with its power, memory, cores and source.
    static func hardware(_ catalog: Catalog) -> ExportTable {
        ExportTable(
            "hardware", "accelerators and CPUs: maximum power (TDP) in watts, cores for per-core CPU power",
            columns: [
                ("id", .text), ("name", .text), ("kind", .text), ("vendor", .text), ("max_power_watts", .double),
                ("memory_gb", .double), ("cores", .integer), ("threads", .integer), ("year", .integer), ("source", .text),
            ],
            rows: catalog.hardware.entries.map { item in
                [
                    .text(item.id), .text(item.name), .text(item.kind.rawValue), .text(item.vendor), .double(item.maxPowerWatts),
                    .double(item.memoryGB), .integer(item.cores), .integer(item.threads), .integer(item.provenance.year),
                    .text(item.provenance.source),
                ]
            })
    }

    /// `locations`: every cloud region and grid zone as a site, with the intensity on the
    /// catalog's basis (a region takes its grid zone's) and the PUE that applies there.
    static func locations(_ catalog: Catalog) -> ExportTable {
        ExportTable(
            "locations", "cloud regions and grid zones with the intensity (gCO2e/kWh) and PUE an estimate uses there",
            columns: [
                ("id", .text), ("name", .text), ("kind", .text), ("provider", .text), ("country", .text), ("grid_zone", .text),
                ("basis", .text), ("intensity_g_per_kwh", .double), ("intensity_year", .integer), ("intensity_source", .text),
                ("pue", .double), ("pue_year", .integer), ("pue_source", .text),
            ],
            rows: catalog.sites.map { site in
                [
                    .text(site.id), .text(site.name), .text(site.kind.rawValue), .text(site.provider), .text(site.country),
                    .text(site.gridZone), .text(site.basis?.rawValue), .double(site.intensity.value),
                    .integer(site.intensity.provenance.year), .text(site.intensity.provenance.source), .double(site.pue.value),
                    .integer(site.pue.provenance.year), .text(site.pue.provenance.source),
                ]
            })
    }

    /// `pue`: the PUE figures by scope (`default`, `provider`, `region`) and id.
    static func pue(_ catalog: Catalog) -> ExportTable {
        ExportTable(
            "pue", "PUE figures by scope (default/provider/region); locations already carry the one that applies",
            columns: [("scope", .text), ("id", .text), ("pue", .double), ("year", .integer), ("source", .text)],
            rows: catalog.pueEntries.map { entry in
                [.text(entry.scope.rawValue), .text(entry.id), .double(entry.pue.value), .integer(entry.pue.provenance.year),
                 .text(entry.pue.provenance.source)]
            })
    }

    /// `constants`: scalar factors such as `memory_watts_per_gb`.
    static func constants(_ catalog: Catalog) -> ExportTable {
        ExportTable(
            "constants", "scalar factors (memory_watts_per_gb, ...)",
            columns: [("id", .text), ("value", .double), ("unit", .text), ("year", .integer), ("source", .text)],
            rows: catalog.constants.values.sorted { $0.id < $1.id }.map { constant in
                [.text(constant.id), .double(constant.factor.value), .text(constant.unit), .integer(constant.factor.provenance.year),
                 .text(constant.factor.provenance.source)]
            })
    }
}
