extension Catalog {
    /// Whether `spec` names an instance type or a TPU slice (given as `slice`, or as a
    /// `hardware` name that is a slice name such as `tpu-v4-128`).
    func namesImpliedHardware(_ spec: JobSpec) -> Bool {
        if spec.instance != nil || spec.instances != nil || spec.slice != nil { return true }
        guard let name = spec.hardware, hardware.exactMatch(name) == nil else { return false }
        return (try? TPUSlice(name, field: .hardware)) != nil
    }

    /// The job of `spec` with what its instance type or TPU slice implies filled in:
    /// hardware and count, CPU and cores (vCPUs over the CPU's threads per core, counted
    /// at its TDP per core), and memory, each multiplied by `instances`; every option given
    /// explicitly wins over what the type implies.
    ///
    /// - Throws: `JobError` naming the field at fault.
    func impliedJob(for spec: JobSpec) throws(JobError) -> Job {
        let region = try spec.region.map { name throws(JobError) in try self.region(named: name, provider: spec.provider) }
        let location = try spec.location.map(location(named:))
        var slice = try spec.slice.map { name throws(JobError) -> TPUSlice in
            guard let slice = try TPUSlice(name) else {
                throw JobError(field: .slice, message: "'\(name)' is not a TPU slice name such as v4-128, v5e-16 or v6e-8")
            }
            return slice
        }
        var explicitDevice: Hardware?
        if let name = spec.hardware {
            do throws(JobError) {
                explicitDevice = try device(named: name)
            } catch {
                guard slice == nil, let named = try TPUSlice(name, field: .hardware) else { throw error }
                slice = named
            }
        }
        let instance = try spec.instance.map { name throws(JobError) in
            try self.instance(named: name, provider: spec.provider.map(providerID(named:)) ?? region?.provider)
        }
        if instance != nil, slice != nil {
            throw JobError(field: .slice, message: "give either an instance type or a TPU slice, not both")
        }
        if spec.instances != nil, instance == nil {
            throw JobError(field: .instances, message: "needs an instance type (instance)")
        }
        let count = spec.instances ?? 1
        var numbers = JobNumbers(spec)
        var figures: [ImpliedHardware.Figure] = []

        var impliedDevice = instance?.accelerator
        if let slice {
            impliedDevice = hardware.exactMatch(slice.chipName).flatMap { $0.kind == .tpu ? $0 : nil }
            if impliedDevice == nil, numbers.power == nil {
                throw JobError(
                    field: spec.slice == nil ? .hardware : .slice,
                    message: "\(slice.chipName): the chip's power is not in the hardware table (Google publishes none); give power (W per chip) to estimate the \(slice.chips) chips of \(slice.name)",
                    reason: .data)
            }
            if let explicitDevice, let impliedDevice, explicitDevice.id != impliedDevice.id {
                throw JobError(field: .slice, message: "\(slice.name) is a slice of \(impliedDevice.name) chips, not of \(explicitDevice.name)")
            }
        }
        if let impliedDevice {
            figures.append(.init(field: .hardware, value: impliedDevice.id, derivation: impliedDevice.name, overridden: explicitDevice != nil))
        }
        if let perInstance = instance?.acceleratorCount {
            let total = perInstance * Double(count)
            let whole = total.rounded() == total
            let derivation = whole
                ? (count == 1 ? "per instance" : "\(NumberFormat.readable(perInstance)) per instance × \(count)")
                : "\(count) × a \(NumberFormat.readable(perInstance)) share of one device"
            figures.append(.init(field: .count, value: NumberFormat.json(total), derivation: derivation, overridden: numbers.count != nil))
            if numbers.count == nil {
                if whole {
                    numbers.count = Int(total)
                } else {
                    numbers.count = count
                    numbers.deviceShare = perInstance
                }
            }
        } else if let slice {
            let derivation = slice.chips == slice.size ? "\(slice.size) chips" : "\(slice.size) TensorCores / 2 per chip"
            figures.append(.init(field: .count, value: String(slice.chips), derivation: derivation, overridden: numbers.count != nil))
            if numbers.count == nil { numbers.count = slice.chips }
        }

        let explicitCPU = try spec.cpu.map(processor(named:))
        if let cpu = instance?.cpu {
            figures.append(.init(field: .cpu, value: cpu.id, derivation: cpu.name, overridden: explicitCPU != nil))
        }
        let cpu = explicitCPU ?? instance?.cpu
        if let instance, let cpu, cpu.cores != nil, numbers.corePower == nil, let cores = instance.cores(on: cpu, instances: count) {
            let vcpus = (instance.vcpus ?? 0) * count
            let derivation = cores == vcpus ? "\(vcpus) vCPUs, one thread per core" : "\(vcpus) vCPUs / \(cpu.threads.flatMap { t in cpu.cores.map { t / $0 } } ?? 1) threads per core"
            figures.append(.init(field: .cores, value: String(cores), derivation: derivation, overridden: numbers.cores != nil))
            if numbers.cores == nil { numbers.cores = cores }
        }
        if let memory = instance?.memoryGB {
            let total = memory * Double(count)
            figures.append(.init(
                field: .memory, value: NumberFormat.json(total), derivation: count == 1 ? "per instance" : "\(NumberFormat.readable(memory)) GB × \(count)",
                overridden: numbers.memory != nil))
            if numbers.memory == nil { numbers.memory = total }
        }
        guard region == nil || location == nil else {
            throw JobError(field: .location, message: "give either region or location, not both")
        }
        let implied = ImpliedHardware(instance: instance, instances: count, slice: slice, figures: figures)
        let template = JobTemplate(
            hardware: explicitDevice ?? impliedDevice, cpu: cpu, cpuName: spec.cpu, place: region ?? location, context: jobContext,
            implied: implied)
        return try template.job(with: numbers)
    }
}
