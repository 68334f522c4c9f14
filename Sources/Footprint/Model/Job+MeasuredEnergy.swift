extension Job {
    /// Whether the job's IT energy is given (`energy`, `requests` × `wh-per-request`,
    /// `tokens` × `joules-per-token`): it then replaces power × hours, and the devices
    /// count only for embodied emissions.
    public var energyIsGiven: Bool { figures.energyIsGiven }

    /// The inputs given but not used because a given energy replaces power × hours, by
    /// field name (`power`, `utilization`, `cpu`, `cores`, `core-power`, `memory`; and
    /// `hardware`/`count` when they give no embodied emissions either: no accelerator).
    public var unusedInputs: [String] {
        guard energyIsGiven else { return [] }
        var fields: [JobField] = []
        if numbers.power != nil { fields.append(.power) }
        if deviceCount > 0, template.hardware == nil || template.hardware?.kind == .cpu {
            if template.hardware != nil { fields.append(.hardware) }
            if numbers.count != nil { fields.append(.count) }
        }
        if numbers.utilization != nil { fields.append(.utilization) }
        if template.cpu != nil || template.cpuName != nil { fields.append(.cpu) }
        if numbers.cores != nil { fields.append(.cores) }
        if numbers.corePower != nil { fields.append(.corePower) }
        if numbers.memory != nil { fields.append(.memory) }
        return fields.map(\.name)
    }
}
