extension Catalog {
    /// Whether `spec` names an instance type or a TPU slice (given as `slice`, or as a
    /// `hardware` name that is a slice name such as `tpu-v4-128`).
    func namesImpliedHardware(_ spec: JobSpec) -> Bool {
        if spec.instance != nil || spec.instances != nil || spec.slice != nil { return true }
        // The cheap test first: only a name shaped like a slice (`tpu-v4-128`) needs the
        // catalog's exact match, which builds the noise-free name keys on first use.
        guard let name = spec.hardware, (try? TPUSlice(name, field: .hardware)) != nil else { return false }
        return hardware.exactMatch(name) == nil
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
        var slice = try spec.slice.map { name throws(JobError) in try TPUSlice.named(name) }
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
        let explicitCPU = try spec.cpu.map(processor(named:))
        let cpu = explicitCPU ?? instance?.cpu
        var numbers = JobNumbers(spec)
        let implied = try ImpliedNumbers(
            instance: instance, instances: spec.instances, slice: slice, sliceChip: slice.flatMap(chip(of:)),
            sliceField: spec.slice == nil ? .hardware : .slice, explicitDevice: explicitDevice, cpu: cpu, numbers: numbers,
            regionProvider: region?.provider)
        let count = spec.instances ?? 1
        var figures: [ImpliedHardware.Figure] = []
        if let device = implied.device {
            figures.append(.init(field: .hardware, value: device.id, derivation: device.name, overridden: explicitDevice != nil))
        }
        if let devices = implied.devices {
            let derivation = if let slice {
                slice.chips == slice.size ? "\(slice.size) chips" : "\(slice.size) TensorCores / 2 per chip"
            } else if let perInstance = instance?.acceleratorCount, implied.deviceShare == nil {
                count == 1 ? "per instance" : "\(NumberFormat.readable(perInstance)) per instance × \(count)"
            } else {
                "\(count) × a \(NumberFormat.readable(implied.deviceShare ?? 1)) share of one device"
            }
            figures.append(.init(field: .count, value: NumberFormat.json(devices), derivation: derivation, overridden: numbers.count != nil))
        }
        if let cpu = instance?.cpu {
            figures.append(.init(field: .cpu, value: cpu.id, derivation: cpu.name, overridden: explicitCPU != nil))
        }
        if let instance, let cpu, let cores = implied.cores {
            let vcpus = (instance.vcpus ?? 0) * count
            let derivation = cores == vcpus ? "\(vcpus) vCPUs, one thread per core" : "\(vcpus) vCPUs / \(cpu.threads.flatMap { t in cpu.cores.map { t / $0 } } ?? 1) threads per core"
            figures.append(.init(field: .cores, value: String(cores), derivation: derivation, overridden: numbers.cores != nil))
        }
        if let memory = instance?.memoryGB, let total = implied.memory {
            figures.append(.init(
                field: .memory, value: NumberFormat.json(total), derivation: count == 1 ? "per instance" : "\(NumberFormat.readable(memory)) GB × \(count)",
                overridden: numbers.memory != nil))
        }
        implied.fill(&numbers)
        guard region == nil || location == nil else {
            throw JobError(field: .location, message: "give either region or location, not both")
        }
        let template = JobTemplate(
            hardware: explicitDevice ?? implied.device, cpu: cpu, cpuName: spec.cpu, place: region ?? location, context: jobContext,
            implied: ImpliedHardware(instance: instance, instances: count, slice: slice, figures: figures))
        return try template.job(with: numbers)
    }

    /// The chip of `slice` in the hardware table, if it is there (as a TPU).
    func chip(of slice: TPUSlice) -> Hardware? {
        hardware.exactMatch(slice.chipName).flatMap { $0.kind == .tpu ? $0 : nil }
    }
}
