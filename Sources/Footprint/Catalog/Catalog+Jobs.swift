extension Catalog {
    /// The job `spec` describes, with every name looked up and every factor chosen.
    ///
    /// Every value of `spec` is checked first, whether parsed from text or set as a typed
    /// value: of the field's kind (`JobField.valueKind`) and in its range.
    ///
    /// - Throws: `JobError` naming the field at fault.
    public func job(for spec: JobSpec) throws(JobError) -> Job {
        try spec.validate()
        if namesImpliedHardware(spec) { return try impliedJob(for: spec) }
        return try template(hardware: spec.hardware, cpu: spec.cpu, region: spec.region, location: spec.location, provider: spec.provider)
            .job(with: JobNumbers(spec))
    }

    /// The names of a job looked up: hardware and CPU models, and a region (within
    /// `provider`, when given) or a location.
    ///
    /// - Throws: `JobError` naming the field whose name is unknown or ambiguous.
    func template(
        hardware: String?, cpu: String?, region: String?, location: String?, provider: String? = nil
    ) throws(JobError) -> JobTemplate {
        try template(
            hardware: try hardware.map(device(named:)), cpu: try cpu.map(processor(named:)), cpuName: cpu,
            region: try region.map { name throws(JobError) in try self.region(named: name, provider: provider) },
            location: try location.map(location(named:)))
    }

    /// A template of names already looked up.
    ///
    /// - Throws: `JobError` when both a region and a location are given.
    func template(hardware: Hardware?, cpu: Hardware?, cpuName: String?, region: Site?, location: Site?) throws(JobError) -> JobTemplate {
        guard region == nil || location == nil else {
            throw JobError(field: .location, message: "give either region or location, not both")
        }
        return JobTemplate(hardware: hardware, cpu: cpu, cpuName: cpuName, place: region ?? location, context: jobContext)
    }

    /// The accelerator a `hardware` value names; a CPU only when named exactly (a
    /// partial name never resolves to a CPU).
    public func device(named name: String) throws(JobError) -> Hardware {
        if let exact = builtInExactHardware(name, scope: { _ in true }) { return exact }
        do throws(LookupError) {
            return try hardware.resolve(name, kind: "hardware", scope: { $0.kind != .cpu }, exactInAnyScope: true)
        } catch {
            if error.problem == .unknown, let other = hardware.exactMatch(name), other.kind == .cpu {
                throw JobError(field: .hardware, error.hinting("'\(other.name)' is a CPU: give it as cpu"))
            }
            if error.problem == .unknown, let type = instances.exactMatch(name) {
                throw JobError(
                    field: .hardware,
                    LookupError(kind: error.kind, name: name, problem: .unknown, candidates: [],
                                hint: "'\(name)' is the instance type \(type.id): give it as instance"))
            }
            if error.problem == .unknown, let generation = TPUSlice.generation(ofChip: name) {
                // Closer names of other chips would mislead: say why this one is missing.
                throw JobError(
                    field: .hardware,
                    LookupError(
                        kind: error.kind, name: name, problem: .unknown, candidates: [],
                        hint: "the table has no power figure for TPU \(generation) chips, as Google publishes none: "
                            + "give power (W per chip) and count, or slice and power"))
            }
            throw JobError(field: .hardware, closest(error, among: { $0.kind == .cpu }, kind: ("a CPU", "CPUs", "cpu")))
        }
    }

    /// The CPU a `cpu` value names.
    public func processor(named name: String) throws(JobError) -> Hardware {
        if let exact = builtInExactHardware(name, scope: { $0.kind == .cpu }) { return exact }
        do throws(LookupError) {
            return try hardware.resolve(name, kind: "CPU", scope: { $0.kind == .cpu })
        } catch {
            if error.problem == .unknown, let other = hardware.exactMatch(name), other.kind != .cpu {
                throw JobError(field: .cpu, error.hinting("'\(other.name)' is an accelerator: give it as hardware"))
            }
            throw JobError(field: .cpu, closest(error, among: { $0.kind != .cpu }, kind: ("an accelerator", "accelerators", "hardware")))
        }
    }

    /// `failure`, for a hardware name unknown among the kind asked for with no close name
    /// there, with the closest names among the other kind (`scope`: a CPU mistyped as
    /// hardware, an accelerator as cpu) and a hint to give them with their own option.
    private func closest(
        _ failure: LookupError, among scope: (Hardware) -> Bool, kind: (one: String, many: String, option: String)
    ) -> LookupError {
        guard failure.problem == .unknown, failure.candidates.isEmpty else { return failure }
        var candidates: [LookupError.Candidate]
        do throws(LookupError) {
            candidates = [hardware.candidate(try hardware.resolve(failure.name, kind: failure.kind, scope: scope))]
        } catch {
            candidates = error.candidates
        }
        guard !candidates.isEmpty else { return failure }
        let hint = candidates.count == 1 ? "\(kind.one): give it as \(kind.option)" : "\(kind.many): give one as \(kind.option)"
        return LookupError(kind: failure.kind, name: failure.name, problem: .unknown, candidates: candidates, hint: hint)
    }

    /// The site of the cloud region a `region` value names, among `provider`'s regions
    /// when a provider is given.
    public func region(named name: String, provider: String? = nil) throws(JobError) -> Site {
        if provider == nil, placesFromBuiltInRows, let site = BuiltInPlaces.region(named: NameIndex<CloudRegion>.literal(name), view: view) {
            return site
        }
        let providerID = try provider.map(providerID(named:))
        do throws(LookupError) {
            let found = try regions.match(name, kind: "region", scope: { providerID == nil || $0.provider == providerID })
            if found.byWords, providerID == nil, let zone = grids.exactMatch(name) {
                // `Quebec` is a province before it is the city of one region; with a provider
                // named (`virginia`, aws), a region is meant.
                throw LookupError(kind: "region", name: name, problem: .ambiguous, candidates: [regions.candidate(found.entry)])
                    .hinting("or give location '\(zone.id)' for \(zone.kind == .country ? "the country" : "the grid zone")'s grid")
            }
            return site(of: found.entry)
        } catch {
            if let zone = grids.exactMatch(name) {
                let what = zone.kind == .country ? "the country" : "the grid zone"
                let hint = error.problem == .unknown
                    ? "'\(name)' is \(what) '\(zone.id)': give it as location"
                    : "or give location '\(zone.id)' for \(what)'s grid"
                throw JobError(field: .region, error.hinting(hint))
            }
            guard error.problem == .unknown else { throw JobError(field: .region, error) }
            if providerID != nil, let elsewhere = try? regions.resolve(name, kind: "region") {
                throw JobError(field: .region, error.hinting("'\(name)' is \(elsewhere.id), not a region of \(providerID!)"))
            }
            throw JobError(field: .region, error)
        }
    }

    /// The site of the grid zone or country a `location` value names.
    public func location(named name: String) throws(JobError) -> Site {
        let found: (entry: GridZone, byWords: Bool)
        do throws(LookupError) {
            found = try grids.match(name, kind: "location")
        } catch {
            guard error.problem == .unknown else { throw JobError(field: .location, error) }
            switch Result(catching: { () throws(LookupError) in try regions.resolve(name, kind: "region") }) {
            case let .success(region):
                throw JobError(field: .location, error.hinting("'\(name)' is a cloud region: give it as region '\(region.id)'"))
            case let .failure(regional) where regional.problem == .ambiguous:
                throw JobError(field: .location, LookupError(
                    kind: "location", name: name, problem: .unknown, candidates: regional.candidates, more: regional.more,
                    hint: "'\(name)' names cloud regions: give one as region"))
            case .failure:
                throw JobError(field: .location, error)
            }
        }
        guard !found.byWords else {
            // Some words of a longer name do not place a job: England is not New England,
            // Wales not New South Wales, Jersey not New Jersey. Ask.
            throw JobError(field: .location, LookupError(
                kind: "location", name: name, problem: .unknown, candidates: [grids.candidate(found.entry)],
                hint: "only part of its name '\(found.entry.name)' matches: give its id if it is meant"))
        }
        return site(of: found.entry)
    }

    /// The provider id `name` denotes (`aws`, `gcp`, ...), ignoring case.
    ///
    /// - Throws: `JobError` for a provider no region has, with the closest id.
    public func providerID(named name: String) throws(JobError) -> String {
        let key = NameKey(name)
        if let id = providers.first(where: { NameKey($0) == key }) { return id }
        let hint = Suggestions.closest(to: name, among: providers).first.map { "; did you mean '\($0)'?" } ?? ""
        throw JobError(
            field: .provider, message: "unknown provider '\(name)'\(hint) (providers: \(providers.joined(separator: ", ")))",
            reason: .unknownName)
    }
}
