import PackagePlugin
import Foundation

/// Compiles every `Data/*.csv` table into the `Footprint` module.
///
/// The tables become raw string literals in a generated `EmbeddedTables.swift`, so the
/// built library carries its data and a copied binary needs no files beside it.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appending(path: "Data")
        let names = try FileManager.default.contentsOfDirectory(atPath: dataDirectory.path())
            .filter { $0.hasSuffix(".csv") }
            .sorted()
        let inputs = names.map { dataDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTables.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) data tables",
                executable: try context.tool(named: "EmbedData").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
