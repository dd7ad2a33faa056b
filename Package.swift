// swift-tools-version:6.0
import PackageDescription

// The pipeline, dependencies pointing one way:
// classify → {Server, Report} → Core → Ingest → CLibXML2
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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
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
        .target(
            name: "Server",
            dependencies: [
                "Core", "Ingest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("Resources/openapi.yaml")]
        ),
        .executableTarget(name: "ingest-benchmark", dependencies: ["Ingest"]),
        .executableTarget(
            name: "classify",
            dependencies: [
                "Ingest", "Core", "Report", "Server",
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
            name: "ServerTests",
            dependencies: ["Server", "Core", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
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
