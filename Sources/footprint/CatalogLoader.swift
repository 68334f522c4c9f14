import Footprint

/// The catalog a command uses: the built-in tables, with `--data DIR` laid over them,
/// seen through `--basis` and `--intensity-source`.
enum CatalogLoader {
    /// The catalog for `arguments`.
    static func catalog(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Catalog {
        let view = try IntensityViewOptions.view(arguments)
        var files: [(name: String, bytes: [UInt8])] = []
        if let directory = arguments.values["data"] {
            for name in try console.files.list(directory) where name.hasSuffix(".csv") {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                files.append((name, try console.files.read(path)))
            }
        }
        do throws(DataError) {
            let tables = try files.map { file throws(DataError) in
                try InputSniffer.checkText(file.bytes, name: file.name, sink: "> \(file.name)")
                return try CSVTable(name: file.name, bytes: file.bytes)
            }
            return try Catalog.builtIn(overlaidWith: tables, view: view)
        } catch {
            throw .data(error)
        }
    }
}
