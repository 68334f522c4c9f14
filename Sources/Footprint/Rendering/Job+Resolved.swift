extension Job {
    /// What each name of the job resolved to, as JSON: `hardware` and `cpu` (`id`, `name`,
    /// `kind`, `max_power_watts`; the CPU also `cores` and `sockets`) and `location` (`id`,
    /// `name`, `kind`), each null when the job did not name one; with an instance type or
    /// TPU slice, `implied` (see `ImpliedHardware.json`).
    package var resolvedJSON: JSONValue {
        .object([
            "hardware": template.hardware.map(Self.json) ?? .null,
            "cpu": template.cpu.map { cpu in
                guard case var .object(members) = Self.json(cpu) else { return .null }
                members["cores"] = .optional(cpu.cores)
                members["sockets"] = .optional(processor?.sockets)
                return .object(members)
            } ?? .null,
            "implied": template.implied?.json ?? .null,
            "location": template.place.map { .object(["id": .string($0.id), "name": .string($0.name), "kind": .string($0.kind.rawValue)]) } ?? .null,
        ])
    }

    private static func json(_ hardware: Hardware) -> JSONValue {
        .object([
            "id": .string(hardware.id), "name": .string(hardware.name), "kind": .string(hardware.kind.rawValue),
            "max_power_watts": .number(hardware.maxPowerWatts),
        ])
    }
}
