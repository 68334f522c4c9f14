/// A processor's names already looked up, per kind. Entries hold copies of the catalog's
/// objects (`Site.with()`, `Hardware.ownCopy()`), so that rows estimated on different
/// threads never share a reference count; hardware and places also keep the plain numbers
/// a row's fast path reads (`HardwareRecord`, `SiteRecord`), so that most rows touch no
/// object at all.
struct NameTables: Sendable {
    /// Most distinct names kept per kind, by default.
    static let limit = 1 << 12

    var devices: NameCache<Hardware, HardwareRecord>, processors: NameCache<Hardware, HardwareRecord>
    var regions: NameCache<Site, SiteRecord>, locations: NameCache<Site, SiteRecord>
    /// Instance types by provider and name (see `BatchProcessor.instanceIndex`).
    var instances: NameCache<InstanceType, Void>
    /// TPU slices by the field that named them and the name.
    var slices: NameCache<NamedSlice, Void>
    /// Most distinct names kept per kind.
    let limit: Int

    init(limit: Int) {
        self.limit = max(limit, 1)
        devices = NameCache(limit: self.limit)
        processors = NameCache(limit: self.limit)
        regions = NameCache(limit: self.limit)
        locations = NameCache(limit: self.limit)
        instances = NameCache(limit: self.limit)
        slices = NameCache(limit: self.limit)
    }
}

/// What a batch row's fast path reads of a hardware row: its power, its core count and
/// its id (an index in the processor's `IDTable`).
struct HardwareRecord: Sendable {
    let watts: Double
    let cores: Int?
    let id: Int
}

/// What a batch row's fast path reads of a place: its intensity (gCO2e/kWh), its PUE and
/// its id (an index in the processor's `IDTable`).
struct SiteRecord: Sendable {
    let intensity: Double
    let pue: Double
    let id: Int
}

/// Names already looked up, by their bytes: each gets an index, valid until the cache
/// fills up and starts over (on an `insert`). Each name keeps its value (or the error
/// it gave) and, for a value, a `Record` of what the fast path reads.
struct NameCache<Value: Sendable, Record: Sendable>: Sendable {
    private var indices: ByteKeyTable<Int>
    private var names: [String] = []
    private var values: [Value?] = []
    private var errors: [JobError?] = []
    private var records: [Record?] = []

    /// An empty cache keeping at most `limit` names.
    init(limit: Int) {
        indices = ByteKeyTable(limit: limit)
    }

    /// The index of the name in `bytes`, if it was looked up before.
    @inline(__always)
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        indices.value(for: bytes)
    }

    /// Keeps the answer for `name` (whose bytes are `bytes`, not in the cache), with
    /// `record` for a value, and returns its index.
    mutating func insert(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ value: Result<Value, JobError>, record: Record?) -> Int {
        if names.count >= indices.limit {
            names.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            errors.removeAll(keepingCapacity: true)
            records.removeAll(keepingCapacity: true)
        }
        switch value {
        case let .success(value): values.append(value); errors.append(nil)
        case let .failure(error): values.append(nil); errors.append(error)
        }
        records.append(record)
        names.append(name)
        indices.insert(names.count - 1, for: bytes)
        return names.count - 1
    }

    /// The value at `index`, nil for -1.
    ///
    /// - Throws: the error its name gave.
    @inline(__always)
    func value(at index: Int) throws(JobError) -> Value? {
        guard index >= 0 else { return nil }
        if let value = values[index] { return value }
        throw errors[index]!
    }

    /// The record of the value at `index` (not -1); nil when its name gave an error.
    @inline(__always)
    func record(at index: Int) -> Record? { records[index] }

    /// The number of names kept.
    var count: Int { names.count }

    /// The name at `index` (not -1), as given.
    func name(at index: Int) -> String { names[index] }
}

extension NameCache where Record == Void {
    /// Keeps the answer for `name` (whose bytes are `bytes`, not in the cache) and returns its index.
    mutating func insert(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ value: Result<Value, JobError>) -> Int {
        insert(name, bytes, value, record: ())
    }
}

/// A batch row's TPU slice, looked up once per name.
struct NamedSlice: Sendable {
    /// The slice; nil when a hardware name is not a slice name.
    let slice: TPUSlice?
    /// The slice's chip in the hardware table, if it is there (a copy of its own).
    let chip: Hardware?
    /// The field that named it: `slice`, or `hardware` for a name such as `tpu-v4-128`.
    let field: JobField
}
