// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Parley", targets: ["Parley"]),
        .executable(name: "parley", targets: ["ParleyCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .target(
            name: "Parley",
            resources: [.copy("Resources")]
        ),
        .target(name: "ParleyEval", dependencies: ["Parley"]),
        .target(name: "ParleyStore", dependencies: ["Parley", .product(name: "GRDB", package: "GRDB.swift"),
                                             .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(
            name: "ParleyServer",
            dependencies: ["Parley", "ParleyStore", .product(name: "Hummingbird", package: "hummingbird")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "ParleyCommand",
            dependencies: [
                "Parley",
                "ParleyEval",
                "ParleyStore",
                "ParleyServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scratch folders for the tests; no product ships it.
        .target(name: "ParleyTestSupport"),
        .testTarget(name: "ParleyTests", dependencies: ["Parley"]),
        .testTarget(name: "ParleyEvalTests", dependencies: ["ParleyEval", "Parley"]),
        .testTarget(name: "ParleyCommandTests", dependencies: ["ParleyCommand", "ParleyTestSupport"]),
        .testTarget(name: "ParleyStoreTests", dependencies: ["ParleyStore", "Parley", "ParleyTestSupport",
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ParleyServerTests", dependencies: [
            "ParleyServer", "ParleyStore", "Parley", "ParleyTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
