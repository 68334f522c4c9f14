extension Hardware {
    /// The row as JSON: id, name, aliases, kind, vendor, max_power_watts, memory_gb, cores,
    /// threads, source, year.
    package var json: JSONValue {
        .object([
            "id": .string(id), "name": .string(name), "aliases": .array(aliases.map(JSONValue.string)),
            "kind": .string(kind.rawValue), "vendor": .string(vendor), "max_power_watts": .number(maxPowerWatts),
            "memory_gb": .optional(memoryGB), "cores": .optional(cores), "threads": .optional(threads),
            "source": .string(provenance.source), "year": .optional(provenance.year),
        ])
    }

    /// The columns of `csvLine`.
    package static let csvColumns = ["id", "name", "kind", "vendor", "max_power_watts", "memory_gb", "cores", "threads", "year", "source"]

    /// The row as a CSV line.
    package var csvLine: String {
        CSVWriter.line([
            id, name, kind.rawValue, vendor, NumberFormat.json(maxPowerWatts), memoryGB.map(NumberFormat.json) ?? "",
            cores.map(String.init) ?? "", threads.map(String.init) ?? "", provenance.year.map(String.init) ?? "", provenance.source,
        ].map(CSVWriter.neutralizingFormula))
    }

    /// Hardware rows as an aligned table.
    package static func table(_ rows: [Hardware]) -> String {
        TextTable(
            header: ["ID", "NAME", "KIND", "VENDOR", "WATTS", "MEMORY GB", "YEAR", "SOURCE"],
            rows: rows.map {
                [$0.id, $0.name, $0.kind.rawValue, $0.vendor, NumberFormat.readable($0.maxPowerWatts),
                 $0.memoryGB.map { NumberFormat.readable($0) } ?? "", $0.provenance.year.map(String.init) ?? "",
                 $0.provenance.source]
            },
            alignments: [.left, .left, .left, .left, .right, .right, .right, .left]
        ).rendered()
    }
}
