/// How the columns of a batch file map to job fields, by header name or a common alias.
package struct BatchColumns: Sendable {
    /// The header as read.
    package let header: [String]
    /// For each column, the job field it gives, if any; other columns pass through.
    package let fields: [JobField?]
    /// The names of the result columns (`BatchProcessor.resultColumns`) in this file's
    /// output: each as it is, unless an input column has that name (a `pue` column, or a
    /// batch's own output read again); then `footprint_` goes before it, so that no output
    /// column or JSON key is named twice.
    package let resultNames: [String]
    /// The columns at the end that an earlier batch wrote (its result columns, whole, perhaps
    /// several runs' worth): they pass through and are never read as inputs, so a batch's
    /// output read again is estimated afresh, not at its old intensity and PUE.
    package let earlierResults: Int

    /// Header names accepted for each field besides its own name (compared as `NameKey`s).
    package static let aliases: [JobField: [String]] = [
        .hardware: ["gpu", "gpu_model", "gpu_type", "accelerator", "device", "model"],
        .count: ["gpus", "gpu_count", "num_gpus", "n_gpus", "n_gpu", "num_gpu", "devices", "device_count", "num_devices", "n_devices"],
        .power: ["power_watts", "watts", "tdp", "tdp_watts"],
        .utilization: ["utilisation", "util", "gpu_utilization", "gpu_util"],
        .cpu: ["cpu_model", "cpu_type", "processor"],
        .cores: ["cpu_cores", "ncpus", "n_cores", "cores_used"],
        .corePower: ["core_power_watts", "watts_per_core"],
        .memory: ["memory_gb", "mem_gb", "ram_gb", "ram"],
        .energy: ["kwh", "it_energy_kwh"],
        .hours: ["duration_hours", "duration_h", "runtime_hours", "wall_hours", "elapsed_hours"],
        .duration: ["elapsed", "walltime", "wall_time", "elapsed_time", "wallclock"],
        .region: ["cloud_region", "provider_region"],
        .location: ["country", "zone", "grid_zone", "country_code"],
        .intensity: ["carbon_intensity", "intensity_g_per_kwh", "gco2_per_kwh"],
        .pue: ["pue_ratio"],
        .runs: ["repeats", "repetitions", "n_runs"],
    ]

    /// Every field's name, then its aliases, with their keys, in field order: built once.
    static let fieldNames: [(name: String, key: NameKey, field: JobField)] = JobField.allCases.flatMap { field in
        ([field.name] + (aliases[field] ?? [])).map { (name: $0, key: NameKey($0), field: field) }
    }

    /// The field of each name and alias, by key (the last one listed wins): built once.
    private static let lookup = Dictionary(fieldNames.map { ($0.key, $0.field) }, uniquingKeysWith: { $1 })

    /// What goes before a result column's name that an input column has (see `resultNames`).
    private static let resultPrefix = "footprint_"

    /// `name` without the `footprint_` prefixes of `resultNames`.
    private static func withoutPrefix(_ name: String) -> Substring {
        var name = Substring(name)
        while name.hasPrefix(resultPrefix) { name = name.dropFirst(resultPrefix.count) }
        return name
    }

    /// The columns of `header`.
    ///
    /// - Throws: `JobError` when two columns give the same field.
    package init(header: [String]) throws(JobError) {
        var fields: [JobField?] = []
        var seen: [JobField: String] = [:]
        let results = BatchProcessor.resultColumns
        var inputEnd = header.count
        while inputEnd >= results.count, header[(inputEnd - results.count)..<inputEnd].map(Self.withoutPrefix).elementsEqual(results.map { $0[...] }) {
            inputEnd -= results.count
        }
        earlierResults = header.count - inputEnd
        for name in header[..<inputEnd] {
            let field = Self.lookup[NameKey(name)]
            if let field {
                if let earlier = seen[field] {
                    throw JobError(field: field, message: "columns '\(earlier)' and '\(name)' both give \(field.name)")
                }
                seen[field] = name
            }
            fields.append(field)
        }
        self.header = header
        self.fields = fields + Array(repeating: nil, count: earlierResults)
        let taken = Set(header)
        resultNames = BatchProcessor.resultColumns.map { name in
            var unique = name
            while taken.contains(unique) { unique = Self.resultPrefix + unique }
            return unique
        }
    }
}
