// swift-tools-version:6.0
import PackageDescription

// The pipeline, dependencies pointing one way:
// classify → Report → Core → Ingest → CLibXML2
let package = Package(
    name: "iam-role-classifier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "classify", targets: ["classify"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Core", targets: ["Core"]),
        .library(name: "Report", targets: ["Report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "Ingest", dependencies: ["CLibXML2"]),
        .target(name: "Core", dependencies: ["Ingest"]),
        .target(name: "Report", dependencies: ["Core", "Ingest"]),
        .executableTarget(name: "ingest-benchmark", dependencies: ["Ingest"]),
        .executableTarget(
            name: "classify",
            dependencies: [
                "Ingest", "Core", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "IngestTests",
            dependencies: ["Ingest"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "CoreTests", dependencies: ["Core", "Ingest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Core"]),
        .testTarget(
            name: "CorpusTests",
            dependencies: ["Core", "Ingest"]
        ),
        .testTarget(
            name: "ClassifyEndToEndTests",
            dependencies: ["classify"]
        ),
    ]
)

// Strict settings for every Swift target, as swift-log does.
for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
