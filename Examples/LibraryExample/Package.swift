// swift-tools-version: 6.0
// The README's "Use as a library" example as a package of its own, depending on this
// repository by path (run from here: swift run). .ci/library_example.sh checks it.
import PackageDescription

let package = Package(
    name: "LibraryExample",
    dependencies: [
        .package(name: "footprint", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "LibraryExample",
            dependencies: [.product(name: "Footprint", package: "footprint")]
        ),
    ]
)
