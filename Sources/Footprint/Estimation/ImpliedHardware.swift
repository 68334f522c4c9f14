/// What a cloud instance type or a TPU slice stood for in a job: the hardware, counts and
/// memory it implied, and which of them options given explicitly replaced.
package struct ImpliedHardware: Sendable {
    /// One figure an instance type or slice implied.
    package struct Figure: Sendable, Hashable {
        /// The job field it fills (`hardware`, `count`, `cpu`, `cores`, `memory`).
        package let field: JobField
        /// The value, as text (a hardware id, or a number).
        package let value: String
        /// How it was derived, such as `96 vCPUs / 2 threads per core`.
        package let derivation: String
        /// Whether an explicit option or column replaced it.
        package let overridden: Bool
    }

    /// The instance type, if one was named.
    package let instance: InstanceType?
    /// How many instances.
    package let instances: Int
    /// The TPU slice, if one was named.
    package let slice: TPUSlice?
    /// What was implied, in field order.
    package let figures: [Figure]

    /// What was implied.
    package init(instance: InstanceType?, instances: Int, slice: TPUSlice?, figures: [Figure]) {
        self.instance = instance
        self.instances = instances
        self.slice = slice
        self.figures = figures
    }

    /// Where the figures come from: the instance table's row, or Google's slice naming.
    package var provenance: Provenance {
        instance?.provenance ?? Provenance(
            source: "Google Cloud TPU accelerator-type naming (v2/v3/v4/v5p/7x: 2 TensorCores per chip; v5e/v6e: chips)",
            year: 2026, table: nil)
    }

    /// `aws:p4d.24xlarge × 2` or `TPU slice v4-128 (64 chips)`.
    package var title: String {
        if let instance { return instance.id + (instances == 1 ? "" : " × \(instances)") }
        if let slice { return "TPU slice \(slice.name) (\(slice.chips) chips)" }
        return ""
    }
}
