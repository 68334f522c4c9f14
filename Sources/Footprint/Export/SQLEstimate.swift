/// The estimate as one SQL query, layer by layer, for a dialect: the inputs of a batch
/// row (`SQLEstimate.inputs`), their names resolved by exact match through the `names`
/// table, the factors joined, then the formula of `Estimator` in the same order of
/// operations, giving `energy_kwh`, `co2e_kg`, `intensity_g_per_kwh`, `pue`, `status`,
/// `hardware_id`, `cpu_id` and `location_id`.
///
/// The status is `ok`, or says what Swift's batch would reject the row for, checked in
/// Swift's order: `unknown_hardware`/`ambiguous_hardware` (then cpu, region, location),
/// `region_and_location`, `needs_hardware_or_power`, `missing_cores`, `needs_cpu`,
/// `no_core_count`, `missing_power`, `missing_hours`. Numbers are taken as given (no
/// range checks) and names only by exact match: fuzzy matching stays in Swift.
struct SQLEstimate {
    /// An input: its batch column name and whether it is a name (text) or a number.
    struct Input {
        /// The parameter or column name.
        let name: String
        /// Whether it is a name to resolve.
        let isName: Bool
    }

    /// The inputs, in the order of `footprint batch`'s columns.
    static let inputs: [Input] = [
        ("hardware", true), ("count", false), ("power", false), ("utilization", false), ("cpu", true), ("cores", false),
        ("core_power", false), ("memory", false), ("energy", false), ("hours", false), ("region", true),
        ("location", true), ("intensity", false), ("pue", false), ("runs", false),
    ].map { Input(name: $0.0, isName: $0.1) }

    /// The lookups of the name inputs, by input name.
    private static let lookups = ["hardware": "hardware", "cpu": "cpu", "region": "region", "location": "location"]

    /// The result columns, in order.
    static let outputs = ["energy_kwh", "co2e_kg", "intensity_g_per_kwh", "pue", "status", "hardware_id", "cpu_id", "location_id"]

    let dialect: SQLDialect
    /// The table name prefix.
    let prefix: String
    /// The id of the world-average location.
    let worldID: String

    /// Where the inputs of the query come from.
    enum Source {
        /// The parameters of a per-row macro or function, named as the inputs: one result
        /// row, a row of `SQLDialect.row` over the result columns.
        case parameters
        /// Every row of the jobs table or view `table`, which has a `job_id` column and a
        /// column per input: one result row per job, `job_id` then the result columns. The
        /// names are resolved by joins, so each lookup table is read once for all jobs.
        case jobs(table: String)
    }

    /// The query giving the results of the inputs of `source`.
    func query(_ source: Source) -> String {
        // The input expressions, the FROM of the first layer, the job id each layer passes on
        // (from the layer aliased as given), and the final select list.
        let input: (String) -> String, from: String, carried: (_ alias: String) -> String
        let select: (_ results: [(name: String, expression: String)]) -> String
        switch source {
        case .parameters:
            (input, from, carried) = ({ $0 }, "", { _ in "" })
            select = dialect.row
        case let .jobs(table):
            (input, from, carried) = ({ "j.\($0)" }, "\n      FROM \(table) AS j", { "\($0).job_id AS job_id, " })
            select = { "e.job_id AS job_id, " + SQLDialect.columns($0) }
        }
        let layer1 = Self.inputs.map { item -> String in
            let value = input(item.name)
            guard item.isName else { return "\(dialect.double(value)) AS in_\(item.name)" }
            let text = "CAST(\(value) AS \(dialect.type(.text)))"
            return "CASE WHEN trim(\(text)) = '' THEN NULL ELSE lower(trim(\(text))) END AS in_\(item.name)_literal, "
                + "\(dialect.nameKey(text)) AS in_\(item.name)_key"
        }.joined(separator: ",\n    ")
        let names = Self.inputs.filter(\.isName).map(\.name)
        let resolved = names.map { name in
            "CASE WHEN n.in_\(name)_literal IS NULL THEN NULL WHEN \(name)_l.name IS NOT NULL THEN coalesce(\(name)_l.id, '') "
                + "WHEN \(name)_k.name IS NOT NULL THEN coalesce(\(name)_k.id, '') ELSE '?' END AS r_\(name)"
        }.joined(separator: ",\n    ")
        let nameJoins = names.flatMap { name in
            ["l": "literal", "k": "key"].sorted { $0.key > $1.key }.map { alias, match in
                "LEFT JOIN \(prefix)names AS \(name)_\(alias) ON \(name)_\(alias).lookup = '\(Self.lookups[name]!)' "
                    + "AND \(name)_\(alias).match = '\(match)' AND \(name)_\(alias).name = n.in_\(name)_\(match)"
            }
        }.joined(separator: "\n  ")
        let statusCases = names.flatMap { name in
            ["WHEN r.r_\(name) = '?' THEN 'unknown_\(name)'", "WHEN r.r_\(name) = '' THEN 'ambiguous_\(name)'"]
        } + [
            "WHEN r.r_region IS NOT NULL AND r.r_location IS NOT NULL THEN 'region_and_location'",
            "WHEN r.in_power IS NULL AND h.id IS NULL AND (r.in_count IS NOT NULL OR r.in_utilization IS NOT NULL) THEN 'needs_hardware_or_power'",
            "WHEN r.in_core_power IS NOT NULL AND r.in_cores IS NULL THEN 'missing_cores'",
            "WHEN r.in_core_power IS NULL AND c.id IS NULL AND r.in_cores IS NOT NULL THEN 'needs_cpu'",
            "WHEN r.in_core_power IS NULL AND r.in_cores IS NOT NULL AND c.cores IS NULL THEN 'no_core_count'",
            "WHEN r.in_power IS NULL AND h.id IS NULL AND r.in_core_power IS NULL AND c.id IS NULL AND r.in_memory IS NULL "
                + "AND r.in_energy IS NULL THEN 'missing_power'",
            "WHEN r.in_hours IS NULL AND r.in_energy IS NULL THEN 'missing_hours'",
        ]
        let ok = "e.f_status = 'ok'"
        let results: [(name: String, expression: String)] = [
            ("energy_kwh", "CASE WHEN \(ok) THEN e.e_energy END"),
            ("co2e_kg", "CASE WHEN \(ok) THEN e.e_energy * e.f_intensity / 1000 END"),
            ("intensity_g_per_kwh", "CASE WHEN \(ok) THEN e.f_intensity END"),
            ("pue", "CASE WHEN \(ok) THEN e.f_pue END"),
            ("status", "e.f_status"),
            ("hardware_id", "e.f_hardware_id"), ("cpu_id", "e.f_cpu_id"), ("location_id", "CASE WHEN \(ok) THEN e.f_location_id END"),
        ]
        return """
            SELECT \(select(results))
            FROM (
              SELECT g.*, (CASE WHEN g.f_energy_given = 1 THEN g.f_known_kwh * g.f_runs
                ELSE (g.g_devices_kwh + g.f_cpu_w * g.g_run_hours / 1000) + g.f_memory_w * g.g_run_hours / 1000 END) * g.f_pue AS e_energy
              FROM (
                SELECT f.*, f.f_device_w * f.f_count * f.f_utilization * (f.f_hours * f.f_runs) / 1000 AS g_devices_kwh,
                  f.f_hours * f.f_runs AS g_run_hours
                FROM (
                  SELECT \(carried("r"))CASE \(statusCases.joined(separator: "\n      ")) ELSE 'ok' END AS f_status,
                    h.id AS f_hardware_id, c.id AS f_cpu_id,
                    coalesce(r.in_power, h.max_power_watts, 0) AS f_device_w,
                    CASE WHEN coalesce(r.in_power, h.max_power_watts) IS NULL THEN 0 ELSE coalesce(r.in_count, 1) END AS f_count,
                    coalesce(r.in_utilization, 1) AS f_utilization,
                    CASE WHEN r.in_core_power IS NOT NULL THEN r.in_core_power * r.in_cores WHEN c.id IS NULL THEN 0
                      WHEN r.in_cores IS NULL THEN c.max_power_watts ELSE c.max_power_watts / c.cores * r.in_cores END AS f_cpu_w,
                    coalesce(r.in_memory * m.value, 0) AS f_memory_w,
                    coalesce(r.in_energy, 0) AS f_known_kwh,
                    CASE WHEN r.in_energy IS NULL THEN 0 ELSE 1 END AS f_energy_given,
                    coalesce(r.in_hours, 0) AS f_hours,
                    coalesce(r.in_runs, 1) AS f_runs,
                    coalesce(r.in_intensity, l.intensity_g_per_kwh, w.intensity_g_per_kwh) AS f_intensity,
                    coalesce(r.in_pue, CASE WHEN l.id IS NULL AND r.in_intensity IS NOT NULL THEN u.pue ELSE coalesce(l.pue, w.pue) END) AS f_pue,
                    CASE WHEN l.id IS NOT NULL THEN l.id WHEN r.in_intensity IS NOT NULL THEN 'custom' ELSE w.id END AS f_location_id
                  FROM (
                    SELECT \(carried("n"))\(resolved),
                      \(Self.inputs.filter { !$0.isName }.map { "n.in_\($0.name)" }.joined(separator: ", "))
                    FROM (
                      SELECT \(carried("j"))\(layer1)\(from)
                    ) AS n
                    \(nameJoins)
                  ) AS r
                  LEFT JOIN \(prefix)hardware AS h ON h.id = r.r_hardware
                  LEFT JOIN \(prefix)hardware AS c ON c.id = r.r_cpu
                  LEFT JOIN \(prefix)locations AS l ON l.id = coalesce(r.r_region, r.r_location)
                  LEFT JOIN \(prefix)locations AS w ON w.id = '\(worldID)'
                  LEFT JOIN \(prefix)constants AS m ON m.id = 'memory_watts_per_gb'
                  LEFT JOIN \(prefix)pue AS u ON u.scope = 'default' AND u.id = 'unknown'
                ) AS f
              ) AS g
            ) AS e
            """
    }
}
