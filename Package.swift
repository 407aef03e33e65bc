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
    ],
    targets: [
        .target(
            name: "Parley",
            resources: [.copy("Resources")]
        ),
        .target(name: "ParleyEval", dependencies: ["Parley"]),
        .executableTarget(
            name: "ParleyCommand",
            dependencies: [
                "Parley",
                "ParleyEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParleyTests", dependencies: ["Parley"]),
        .testTarget(name: "ParleyEvalTests", dependencies: ["ParleyEval", "Parley"]),
        .testTarget(name: "ParleyCommandTests", dependencies: ["ParleyCommand"]),
    ],
    swiftLanguageModes: [.v6]
)
