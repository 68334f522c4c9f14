import Footprint

/// `footprint batch --from sacct FILE|- [--partition-map FILE]`: the input is Slurm
/// accounting records, converted by the library into a batch file held in memory.
struct SacctInput {
    /// The options this adds to `batch`.
    static let options = [
        OptionSpec(name: "from", valueName: "sacct", help: "the input is `sacct --parsable2` output (one row per job; see the README for the sacct command)"),
        OptionSpec(name: "partition-map", valueName: "FILE", help: "with --from sacct: CSV of partition,hardware,cpu,location,pue,... filling what sacct does not say"),
    ]

    let conversion: SacctConversion
    private var offset = 0

    /// The converted input of `path`, or nil without `--from`.
    static func load(_ arguments: ParsedArguments, path: String, defaults: JobSpec, console: Console) throws(CLIError) -> SacctInput? {
        guard let from = arguments.values["from"] else {
            if arguments.values["partition-map"] != nil { throw .usage("--partition-map needs --from sacct") }
            return nil
        }
        guard from.lowercased() == "sacct" else { throw .usage("--from: unknown input '\(from)' (choose sacct)") }
        do throws(JobError) { try SacctConversion.check(defaults: defaults) } catch { throw .job(error) }
        let map = try arguments.values["partition-map"].map { file throws(CLIError) in
            let bytes = try console.files.read(file)
            do throws(DataError) {
                return try PartitionMap(CSVTable(name: file, bytes: bytes))
            } catch {
                throw .data(error)
            }
        }
        let bytes = try console.files.read(path)
        let text = String(decoding: bytes, as: UTF8.self)
        do throws(DataError) {
            try InputSniffer.checkText(bytes.prefix(InputSniffer.prefixLength), name: path == "-" ? "<stdin>" : path, sink: "| footprint batch --from sacct -")
            let conversion = try SacctConversion(name: path == "-" ? "<stdin>" : path, text: text, map: map)
            if !conversion.unmappedPartitions.isEmpty {
                let list = conversion.unmappedPartitions.map { "'\($0.partition)' (\($0.jobs) jobs)" }.joined(separator: ", ")
                console.err.write("note: partitions not in the partition map: \(list)\n")
            }
            return SacctInput(conversion: conversion)
        } catch {
            throw .data(error)
        }
    }

    /// Copies the next bytes of the converted file into `buffer`; 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, conversion.csv.count - offset)
        buffer.copyBytes(from: conversion.csv[offset..<(offset + count)])
        offset += count
        return count
    }
}
