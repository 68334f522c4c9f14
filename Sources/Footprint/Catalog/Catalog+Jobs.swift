extension Catalog {
    /// The job `spec` describes, with every name looked up and every factor chosen.
    ///
    /// - Throws: `JobError` naming the field at fault.
    public func job(for spec: JobSpec) throws(JobError) -> Job {
        try template(hardware: spec.hardware, cpu: spec.cpu, region: spec.region, location: spec.location)
            .job(with: JobNumbers(spec))
    }

    /// The names of a job looked up: hardware and CPU models, and a region or a location.
    ///
    /// - Throws: `JobError` naming the field whose name is unknown or ambiguous.
    public func template(
        hardware: String?, cpu: String?, region: String?, location: String?
    ) throws(JobError) -> JobTemplate {
        guard region == nil || location == nil else {
            throw JobError(field: .location, message: "give either region or location, not both")
        }
        let device = try hardware.map { name throws(JobError) in try self.hardware.resolve(name, kind: "hardware", for: .hardware) }
        let processor = try cpu.map { name throws(JobError) in try self.hardware.resolve(name, kind: "CPU", for: .cpu) }
        let cloudRegion = try region.map { name throws(JobError) in try regions.resolve(name, kind: "region", for: .region) }
        let zone = try location.map { name throws(JobError) in try grids.resolve(name, kind: "location", for: .location) }
        let place = cloudRegion.map(site(of:)) ?? zone.map(site(of:))
        return JobTemplate(
            hardware: device, cpu: processor, cpuName: cpu, place: place, world: worldSite, unknownPUE: unknownPUE,
            memoryWattsPerGB: constants["memory_watts_per_gb"]?.factor)
    }
}
