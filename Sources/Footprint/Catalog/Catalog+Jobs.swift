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
    public func template(hardware: String?, cpu: String?, region: String?, location: String?) throws(JobError) -> JobTemplate {
        try template(
            hardware: try hardware.map(device(named:)), cpu: try cpu.map(processor(named:)), cpuName: cpu,
            region: try region.map(region(named:)), location: try location.map(location(named:)))
    }

    /// A template of names already looked up.
    ///
    /// - Throws: `JobError` when both a region and a location are given.
    public func template(hardware: Hardware?, cpu: Hardware?, cpuName: String?, region: Site?, location: Site?) throws(JobError) -> JobTemplate {
        guard region == nil || location == nil else {
            throw JobError(field: .location, message: "give either region or location, not both")
        }
        return JobTemplate(hardware: hardware, cpu: cpu, cpuName: cpuName, place: region ?? location, context: jobContext)
    }

    /// The hardware a `hardware` value names.
    public func device(named name: String) throws(JobError) -> Hardware {
        try hardware.resolve(name, kind: "hardware", for: .hardware)
    }

    /// The CPU a `cpu` value names.
    public func processor(named name: String) throws(JobError) -> Hardware {
        try hardware.resolve(name, kind: "CPU", for: .cpu)
    }

    /// The site of the cloud region a `region` value names.
    public func region(named name: String) throws(JobError) -> Site {
        site(of: try regions.resolve(name, kind: "region", for: .region))
    }

    /// The site of the grid zone or country a `location` value names.
    public func location(named name: String) throws(JobError) -> Site {
        site(of: try grids.resolve(name, kind: "location", for: .location))
    }
}
