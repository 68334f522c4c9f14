extension InstanceType {
    /// The row as JSON: id, provider, instance_type, accelerator (id), accelerator_count,
    /// vcpus, cpu (id), memory_gb, source, year.
    public var json: JSONValue {
        .object([
            "id": .string(id), "provider": .string(provider), "instance_type": .string(name),
            "accelerator": .optional(accelerator?.id), "accelerator_count": .optional(acceleratorCount), "vcpus": .optional(vcpus),
            "cpu": .optional(cpu?.id), "memory_gb": .optional(memoryGB), "source": .string(provenance.source),
            "year": .optional(provenance.year),
        ])
    }

    /// The columns of `csvLine`.
    public static let csvColumns = ["id", "provider", "instance_type", "accelerator", "accelerator_count", "vcpus", "cpu", "memory_gb", "year", "source"]

    /// The row as a CSV line.
    public var csvLine: String {
        CSVWriter.line([
            id, provider, name, accelerator?.id ?? "", acceleratorCount.map(NumberFormat.json) ?? "", vcpus.map(String.init) ?? "",
            cpu?.id ?? "", memoryGB.map(NumberFormat.json) ?? "", provenance.year.map(String.init) ?? "", provenance.source,
        ].map(CSVWriter.neutralizingFormula))
    }

    /// `8 × A100 SXM4 40GB`, or empty for a CPU-only type.
    var acceleratorsText: String {
        guard let accelerator, let acceleratorCount else { return "" }
        return "\(NumberFormat.readable(acceleratorCount)) × \(accelerator.name)"
    }

    /// Instance rows as an aligned table.
    package static func table(_ rows: [InstanceType]) -> String {
        TextTable(
            header: ["ID", "ACCELERATORS", "VCPUS", "CPU", "MEMORY GB", "YEAR"],
            rows: rows.map { row -> [String] in
                [row.id, row.acceleratorsText, row.vcpus.map(String.init) ?? "", row.cpu?.name ?? "",
                 row.memoryGB.map { NumberFormat.readable($0) } ?? "", row.provenance.year.map(String.init) ?? ""]
            },
            alignments: [.left, .left, .right, .left, .right, .right]
        ).rendered()
    }
}
