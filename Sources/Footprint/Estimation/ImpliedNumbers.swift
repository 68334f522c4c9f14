/// What an instance type or a TPU slice gives a job before options given explicitly
/// replace it: the device and how many (or a share of one), the CPU cores and the memory,
/// for `instances` of the type. It is made from names already looked up and holds no
/// text, so `Catalog.job(for:)` and every batch row share one rule at little cost.
struct ImpliedNumbers {
    /// The implied device: the type's accelerator or the slice's chip.
    let device: Hardware?
    /// The devices of all the instances, a fraction for a share of one device; nil when none is implied.
    let devices: Double?
    /// The implied device count: whole devices, or the instances when each has a share of one.
    let count: Int?
    /// The share of one device each instance has, when not whole.
    let deviceShare: Double?
    /// The host CPU cores of all the instances on `cpu`.
    let cores: Int?
    /// The memory of all the instances, GB.
    let memory: Double?

    /// What `instance` × `instances` (default 1) or `slice` implies, with `cpu` the job's
    /// CPU (given, else the type's) and `numbers` the numbers given.
    ///
    /// - Parameters:
    ///   - sliceChip: the slice's chip in the hardware table, if it is there.
    ///   - sliceField: the field that named the slice (`slice`, or `hardware` for `tpu-v4-128`).
    ///   - explicitDevice: the hardware given explicitly, which must be the slice's chip.
    ///   - regionProvider: the provider of the job's cloud region, which must be the type's.
    /// - Throws: `JobError` for both a type and a slice, instances without a type, a type of
    ///   another provider than the region's, a slice of another chip than the hardware
    ///   given, or a slice whose chip has no power figure when no power is given.
    init(
        instance: InstanceType?, instances: Int?, slice: TPUSlice?, sliceChip: Hardware?, sliceField: JobField,
        explicitDevice: Hardware?, cpu: Hardware?, numbers: JobNumbers, regionProvider: String?
    ) throws(JobError) {
        if instance != nil, slice != nil {
            throw JobError(field: .slice, message: "give either an instance type or a TPU slice, not both")
        }
        if let instance, let regionProvider, instance.provider != regionProvider {
            throw JobError(
                field: .instance,
                message: "\(instance.id) is a type of \(instance.provider), but the region is one of \(regionProvider): "
                    + "give a region of \(instance.provider), or a location")
        }
        if instances != nil, instance == nil {
            throw JobError(field: .instances, message: "needs an instance type (instance)")
        }
        let multiple = instances ?? 1
        if let slice {
            if sliceChip == nil, numbers.power == nil {
                throw JobError(
                    field: sliceField,
                    message: "\(slice.chipName): the chip's power is not in the hardware table (Google publishes none); give power (W per chip) to estimate the \(slice.chips) chips of \(slice.name)",
                    reason: .data)
            }
            if let explicitDevice, let sliceChip, explicitDevice.id != sliceChip.id {
                throw JobError(field: .slice, message: "\(slice.name) is a slice of \(sliceChip.name) chips, not of \(explicitDevice.name)")
            }
            device = sliceChip
            devices = Double(slice.chips)
            count = slice.chips
            deviceShare = nil
        } else if let perInstance = instance?.acceleratorCount {
            let total = perInstance * Double(multiple)
            device = instance?.accelerator
            devices = total
            count = total.rounded() == total ? Int(total) : multiple
            deviceShare = total.rounded() == total ? nil : perInstance
        } else {
            device = instance?.accelerator
            (devices, count, deviceShare) = (nil, nil, nil)
        }
        if let instance, let cpu, cpu.cores != nil, numbers.corePower == nil {
            cores = instance.cores(on: cpu, instances: multiple)
        } else {
            cores = nil
        }
        memory = instance?.memoryGB.map { $0 * Double(multiple) }
    }

    /// Sets each of count, cores and memory that `numbers` does not give (the share of a
    /// device goes with the count).
    func fill(_ numbers: inout JobNumbers) {
        if numbers.count == nil, let count {
            numbers.count = count
            numbers.deviceShare = deviceShare
        }
        if numbers.cores == nil, let cores { numbers.cores = cores }
        if numbers.memory == nil, let memory { numbers.memory = memory }
    }
}
