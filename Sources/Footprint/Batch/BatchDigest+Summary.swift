extension BatchDigest {
    /// The groups in key order (so months and quarters list in time order).
    public var sortedGroups: [(key: [String], totals: Totals)] {
        groups.map { ($0.key, $0.value) }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    }

    /// The columns of the summary after the group keys.
    public static let summaryColumns = ["jobs", "errors", "energy_kwh", "co2e_kg"]

    /// The totals per group as text: one row per group, then the total.
    public var summaryTable: String {
        func cells(_ totals: Totals) -> [String] {
            [String(totals.jobs), String(totals.errors), NumberFormat.readable(totals.energyKWh, digits: 6), NumberFormat.readable(totals.co2eKg, digits: 6)]
        }
        var rows = sortedGroups.map { $0.key + cells($0.totals) }
        rows.append(["total"] + Array(repeating: "", count: max(groupBy.count - 1, 0)) + cells(totals))
        let header = groupBy.map { $0.uppercased() } + ["JOBS", "ERRORS", "KWH", "KG CO2E"]
        let alignments = Array(repeating: TextTable.Alignment.left, count: groupBy.count) + Array(repeating: .right, count: 4)
        return TextTable(header: header, rows: rows, alignments: alignments).rendered()
    }

    /// The totals per group as CSV: the group keys, then `summaryColumns`.
    public var summaryCSV: String {
        CSVWriter.line(groupBy + Self.summaryColumns) + sortedGroups.map { group in
            CSVWriter.line(group.key.map(CSVWriter.neutralizingFormula) + [
                String(group.totals.jobs), String(group.totals.errors), NumberFormat.json(group.totals.energyKWh), NumberFormat.json(group.totals.co2eKg),
            ])
        }.joined()
    }

    /// The totals per group as JSON: `group_by`, `groups` (each key by name, then
    /// `jobs`, `errors`, `energy_kwh`, `co2e_kg`) and `total`.
    public var summaryJSON: JSONValue {
        func members(_ totals: Totals) -> [String: JSONValue] {
            ["jobs": .integer(totals.jobs), "errors": .integer(totals.errors), "energy_kwh": .number(totals.energyKWh), "co2e_kg": .number(totals.co2eKg)]
        }
        return .object([
            "group_by": .array(groupBy.map(JSONValue.string)),
            "groups": .array(sortedGroups.map { group in
                .object(members(group.totals).merging(zip(groupBy, group.key).map { ($0, JSONValue.string($1)) }) { own, _ in own })
            }),
            "total": .object(members(totals)),
        ])
    }
}
