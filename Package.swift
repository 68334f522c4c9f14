// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "footprint",
    products: [
        .library(name: "Footprint", targets: ["Footprint"]),
        .executable(name: "footprint", targets: ["footprint"]),
    ],
    targets: [
        // Writes Data/*.csv into a Swift source file at build time (see Plugins/EmbedDataPlugin).
        .executableTarget(name: "EmbedData", path: "Sources/EmbedData"),
        .plugin(name: "EmbedDataPlugin", capability: .buildTool(), dependencies: ["EmbedData"]),
        // The one pure computation module.
        .target(
            name: "Footprint",
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))],
            plugins: ["EmbedDataPlugin"]
        ),
        // The thin command.
        .executableTarget(name: "footprint", dependencies: ["Footprint"]),
        // Prints the time of the library's main operations: swift run -c release footprint-benchmarks
        .executableTarget(
            name: "footprint-benchmarks", dependencies: ["Footprint"], path: "Benchmarks/FootprintBenchmarks",
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .testTarget(name: "FootprintTests", dependencies: ["Footprint"], exclude: ["Fixtures"]),
        .testTarget(name: "footprintTests", dependencies: ["footprint", "Footprint"]),
    ]
)
