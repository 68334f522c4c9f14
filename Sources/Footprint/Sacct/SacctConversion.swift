/// Slurm accounting records made into a batch file: `sacct --parsable2` output (`|`
/// between fields, a header naming them) becomes one CSV row per job, with the batch
/// columns `job_id, job_name, partition, state, nodes, elapsed, hardware, gpus, cores,
/// memory_gb`, then the columns of a `PartitionMap` for the job's partition.
///
/// - Job steps (`123.batch`, `123.extern`, `123.0`) are folded into their job: the job's
///   own record already covers its whole allocation and time, so steps are skipped.
///   Array tasks (`123_4`) and heterogeneous components (`123+1`) are jobs of their own.
/// - The GPUs come from `AllocTRES` (`gres/gpu:TYPE=N`, `gres/gpu=N`); the model is the
///   partition map's row for that GPU type, else the type itself, else the partition's
///   `hardware`. Cores are the allocated CPUs (`cpu=` of `AllocTRES`, else `NCPUS`),
///   counted as cores of the map's `cpu`. Memory is `mem=` of `AllocTRES`, else `ReqMem`
///   (`c` per CPU, `n` per node, no suffix the job's total).
/// - `elapsed` is `Elapsed` as printed (else `ElapsedRaw` seconds): `Unknown` or empty
///   makes that job a row error in the batch. `State` passes through, so cancelled and
///   failed jobs are counted and marked.
package struct SacctConversion: Sendable {
    /// The batch file: a header and one row per job, in the order of the records.
    package let csv: [UInt8]
    /// The jobs (rows), and the steps folded into them.
    package let jobs: Int, steps: Int
    /// Partitions of jobs that the partition map lacks, with their job counts, sorted by name.
    package let unmappedPartitions: [(partition: String, jobs: Int)]
    /// For each row, the line of its record in the sacct output.
    private let sourceLines: [Int]

    /// The sacct columns read (compared ignoring case); others are ignored.
    package static let sacctColumns = ["JobID", "JobName", "Partition", "Elapsed", "ElapsedRaw", "NNodes", "NCPUS", "AllocTRES", "ReqMem", "State"]

    /// The columns every row starts with.
    static let header = ["job_id", "job_name", "partition", "state", "nodes", "elapsed", "hardware", "gpus", "cores", "memory_gb"]

    /// Converts the sacct output `text` (named `name` in errors), filling in from `map`.
    ///
    /// - Throws: `DataError` when the header has no `JobID`, or neither `Elapsed` nor `ElapsedRaw`.
    package init(name: String, text: String, map: PartitionMap?) throws(DataError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().lazy
            .map { (number: $0.offset + 1, fields: $0.element.split(separator: "|", omittingEmptySubsequences: false).map(String.init)) }
            .filter { !$0.fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
            .makeIterator()
        guard let header = lines.next() else {
            throw DataError(file: name, line: 1, message: "the file is empty: sacct's header row is expected (run sacct without --noheader)")
        }
        let position = { (column: String) in header.fields.firstIndex { $0.trimmingWhitespace().lowercased() == column.lowercased() } }
        guard let jobID = position("JobID") else {
            throw DataError(file: name, line: header.number, message: "no JobID column: give sacct --parsable2 output with -o \(Self.sacctColumns.joined(separator: ","))")
        }
        let elapsed = position("Elapsed"), elapsedRaw = position("ElapsedRaw")
        guard elapsed != nil || elapsedRaw != nil else {
            throw DataError(file: name, line: header.number, message: "no Elapsed or ElapsedRaw column, so no job has a duration")
        }
        let (jobName, partition, nodes, ncpus) = (position("JobName"), position("Partition"), position("NNodes"), position("NCPUS"))
        let (tres, reqMem, state) = (position("AllocTRES"), position("ReqMem"), position("State"))

        let extra = map?.columns ?? []
        let extraFields = (try? BatchColumns(header: extra).fields) ?? extra.map { _ in nil }
        let merged: [JobField: Int] = [.hardware: 6, .count: 7, .cores: 8, .memory: 9]
        let appended = extra.indices.filter { extraFields[$0].flatMap { merged[$0] } == nil }
        var csv = Array(CSVWriter.line(Self.header + appended.map { extra[$0] }).utf8)
        var sourceLines: [Int] = [], steps = 0, unmapped: [String: Int] = [:]
        for record in IteratorSequence(lines) {
            let cell = { (index: Int?) in index.flatMap { $0 < record.fields.count ? record.fields[$0].trimmingWhitespace() : nil } ?? "" }
            let id = cell(jobID)
            if id.contains(".") {
                steps += 1
                continue
            }
            let resources = SlurmTRES(cell(tres))
            let cpus = resources.cpus.map(String.init) ?? cell(ncpus)
            var memory = resources.memoryGB
            if memory == nil { memory = Self.requestedMemory(cell(reqMem), cpus: Int(cpus), nodes: Int(cell(nodes))) }
            let duration = !cell(elapsed).isEmpty ? cell(elapsed) : cell(elapsedRaw).isEmpty ? "" : cell(elapsedRaw) + "s"
            var row = [
                id, cell(jobName), cell(partition), cell(state), cell(nodes), duration,
                "", resources.gpus.map(String.init) ?? "", cpus, memory.map(NumberFormat.json) ?? "",
            ]
            let found = map?.cells(partition: cell(partition), gres: resources.gpuType)
            if map != nil, found == nil { unmapped[cell(partition), default: 0] += 1 }
            let mapHardware = extraFields.firstIndex(of: .hardware).map { found?.cells[$0] ?? "" } ?? ""
            // The map's row for the GPU type names its model; the partition's own row yields to the type.
            row[6] = found?.typed == true && !mapHardware.isEmpty ? mapHardware : resources.gpuType ?? mapHardware
            for (index, field) in extraFields.enumerated() {
                if let field, let slot = merged[field], field != .hardware, row[slot].isEmpty { row[slot] = found?.cells[index] ?? "" }
            }
            csv += Array(CSVWriter.line(row + appended.map { found?.cells[$0] ?? "" }).utf8)
            sourceLines.append(record.number)
        }
        self.csv = csv
        self.jobs = sourceLines.count
        self.steps = steps
        self.unmappedPartitions = unmapped.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        self.sourceLines = sourceLines
    }

    /// The line in the sacct output of the record that gave line `line` of `csv` (the
    /// header's for the header).
    package func sourceLine(ofBatchLine line: Int) -> Int {
        line >= 2 && line - 2 < sourceLines.count ? sourceLines[line - 2] : 1
    }

    /// Checks the command line's job options for a sacct batch: sacct gives each job's
    /// elapsed time, so a default duration would hide a job whose time is unknown.
    ///
    /// - Throws: `JobError` for `hours` or `duration`.
    package static func check(defaults: JobSpec) throws(JobError) {
        for field in [JobField.hours, .duration] where defaults.values[field] != nil {
            throw JobError(field: field, message: "is not taken with sacct records: each job's Elapsed is its duration")
        }
    }

    /// GB of a `ReqMem` value: `4000Mc` per CPU, `64Gn` per node, `16G` the job's total
    /// (Slurm 21.08 and later print no suffix).
    static func requestedMemory(_ text: String, cpus: Int?, nodes: Int?) -> Double? {
        guard let last = text.last?.lowercased(), last == "c" || last == "n" else { return SlurmTRES.gigabytes(text) }
        guard let each = SlurmTRES.gigabytes(String(text.dropLast())), let times = last == "c" ? cpus : nodes else { return nil }
        return each * Double(times)
    }
}
