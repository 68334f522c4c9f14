extension ImpliedHardware {
    /// `aws:p4d.24xlarge: hardware A100 SXM4 40GB, count 8 (per instance), ...; CPU not counted
    /// (model not published)`: what the type or slice implied, for the report's table.
    public var summary: String {
        var parts = figures.map { figure in
            "\(figure.field.name) \(figure.field == .hardware || figure.field == .cpu ? figure.derivation : "\(figure.value) (\(figure.derivation))")"
                + (figure.overridden ? " [overridden]" : "")
        }
        if let cpu = instance?.cpu, cpu.cores == nil {
            parts.append("the table has no core count for \(cpu.name): counted at its whole TDP")
        }
        if let instance, instance.cpu == nil, instance.vcpus != nil {
            parts.append("CPU not counted (its model is not in the hardware table)")
        }
        return "\(title): " + parts.joined(separator: ", ")
    }

    /// As JSON: `instance` (`id`, `provider`, `name`, `source`, `year`) or null, `instances`,
    /// `slice` (`name`, `chips`) or null, and `implied` (per field: `value`, `derivation`,
    /// `overridden`).
    public var json: JSONValue {
        .object([
            "instance": instance.map { item in
                .object([
                    "id": .string(item.id), "provider": .string(item.provider), "name": .string(item.name),
                    "vcpus": .optional(item.vcpus), "source": .string(item.provenance.source), "year": .optional(item.provenance.year),
                ])
            } ?? .null,
            "instances": .integer(instances),
            "slice": slice.map { .object(["name": .string($0.name), "chips": .integer($0.chips)]) } ?? .null,
            "implied": .object(Dictionary(uniqueKeysWithValues: figures.map { figure in
                (figure.field.name, JSONValue.object([
                    "value": .string(figure.value), "derivation": .string(figure.derivation), "overridden": .bool(figure.overridden),
                ]))
            })),
        ])
    }
}
