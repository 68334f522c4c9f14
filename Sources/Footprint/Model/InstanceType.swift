/// A cloud instance type of `instances.csv`: the hardware one instance of it gives.
package final class InstanceType: Sendable {
    /// `provider:type`, such as `aws:p4d.24xlarge`.
    public let id: String
    /// The provider id, such as `aws`.
    public let provider: String
    /// The provider's name of the type, such as `p4d.24xlarge`.
    public let name: String
    /// The accelerator, if the type has one.
    public let accelerator: Hardware?
    /// Accelerators per instance; a fraction for a share of one GPU.
    public let acceleratorCount: Double?
    /// Host vCPUs (hardware threads), when published.
    public let vcpus: Int?
    /// The host CPU model, when published and in the hardware table.
    public let cpu: Hardware?
    /// Host memory in GB as the provider publishes it, when published.
    public let memoryGB: Double?
    /// Where the row's figures come from, and their year.
    public let provenance: Provenance

    /// An instance type.
    public init(
        id: String, provider: String, name: String, accelerator: Hardware?, acceleratorCount: Double?, vcpus: Int?,
        cpu: Hardware?, memoryGB: Double?, provenance: Provenance
    ) {
        self.id = id
        self.provider = provider
        self.name = name
        self.accelerator = accelerator
        self.acceleratorCount = acceleratorCount
        self.vcpus = vcpus
        self.cpu = cpu
        self.memoryGB = memoryGB
        self.provenance = provenance
    }

    /// The host CPU cores `instances` of this type use on `cpu`: the vCPUs over the CPU's
    /// threads per core (two with SMT, so half the vCPUs), rounded up; nil without vCPUs.
    public func cores(on cpu: Hardware, instances: Int = 1) -> Int? {
        guard let vcpus else { return nil }
        let threadsPerCore = cpu.cores.flatMap { cores in cpu.threads.map { max($0 / cores, 1) } } ?? 1
        return max((vcpus * instances + threadsPerCore - 1) / threadsPerCore, 1)
    }
}
