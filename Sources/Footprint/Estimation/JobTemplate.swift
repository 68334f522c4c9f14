/// The named parts of a job looked up once, shared by reference between jobs: a `Job`
/// holds one, and a batch reuses one for every row with the same names.
final class JobTemplate: Sendable {
    /// The parts.
    let parts: JobParts

    /// A template of `parts`.
    init(_ parts: JobParts) {
        self.parts = parts
    }

    /// A template; `Catalog.template(hardware:cpu:region:location:)` makes one from names.
    convenience init(hardware: Hardware?, cpu: Hardware?, cpuName: String?, place: Site?, context: JobContext, implied: ImpliedHardware? = nil) {
        self.init(JobParts(hardware: hardware, cpu: cpu, cpuName: cpuName, place: place, context: context, implied: implied))
    }

    /// The devices' model, if named.
    var hardware: Hardware? { parts.hardware }
    /// The CPU model, if named.
    var cpu: Hardware? { parts.cpu }
    /// The CPU name as given, for a CPU counted by core power.
    var cpuName: String? { parts.cpuName }
    /// The named region or zone, if any.
    var place: Site? { parts.place }
    /// What a cloud instance type or a TPU slice implied, if the job named one.
    var implied: ImpliedHardware? { parts.implied }
    /// The world-average site, for jobs that name no place.
    var world: Site { parts.context.world }
    /// The unknown-data-centre PUE, for jobs placed by an intensity alone.
    var unknownPUE: Factor { parts.context.unknownPUE }
    /// Power per GB of memory, if the catalog has it.
    var memoryWattsPerGB: Factor? { parts.context.memoryWattsPerGB }

    /// The same names at another place.
    func placed(at site: Site) -> JobTemplate {
        JobTemplate(hardware: hardware, cpu: cpu, cpuName: cpuName, place: site, context: parts.context, implied: implied)
    }

    /// The job these names and `numbers` describe (see `JobParts.figures(with:)`).
    ///
    /// - Throws: `JobError` naming the field at fault.
    func job(with numbers: JobNumbers) throws(JobError) -> Job {
        Job(template: self, numbers: numbers, figures: try parts.figures(with: numbers))
    }
}

/// The factors every job of a catalog shares.
final class JobContext: Sendable {
    /// The world-average site, for jobs that name no place.
    let world: Site
    /// The unknown-data-centre PUE, for jobs placed by an intensity alone.
    let unknownPUE: Factor
    /// Power per GB of memory, if the catalog has it.
    let memoryWattsPerGB: Factor?

    /// A context.
    init(world: Site, unknownPUE: Factor, memoryWattsPerGB: Factor?) {
        self.world = world
        self.unknownPUE = unknownPUE
        self.memoryWattsPerGB = memoryWattsPerGB
    }
}
