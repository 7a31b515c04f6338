// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "NewsWire",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newswire", targets: ["newswire"]),
        .executable(name: "newswire-bench", targets: ["newswire-bench"]),
        .executable(name: "newswire-eval", targets: ["newswire-eval"]),
        .executable(name: "newswire-train", targets: ["newswire-train"]),
        .executable(name: "newswire-fuzz", targets: ["newswire-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        .target(name: "NewsModel"),
        .target(name: "WireImport", dependencies: ["NewsModel"]),
        .target(name: "NewsAnalysis", dependencies: ["NewsModel"]),
        .target(name: "ReaderUI", dependencies: ["NewsModel"]),
        .target(name: "ReaderSession", dependencies: ["NewsModel", "NewsStore", "ReaderUI"]),
        .systemLibrary(name: "CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "Terminal", dependencies: ["CNCurses", "ReaderUI"]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CFullText", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "NewsStore", dependencies: [
            "NewsModel", "CZlib", "CFullText",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "ImportPipeline", dependencies: ["NewsModel", "WireImport", "NewsAnalysis", "NewsStore"]),
        .executableTarget(name: "newswire", dependencies: [
            "NewsModel", "WireImport", "NewsAnalysis", "NewsStore", "ImportPipeline", "ReaderUI", "ReaderSession", "Terminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "newswire-bench", dependencies: [
            "NewsModel", "NewsStore", "NewsAnalysis", "WireImport", "ReaderUI", "ReaderSession",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "NewsEvaluation", dependencies: ["NewsModel", "NewsAnalysis", "WireImport"]),
        .executableTarget(name: "newswire-eval", dependencies: [
            "NewsModel", "NewsAnalysis", "NewsEvaluation", "WireImport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "newswire-train", dependencies: [
            "NewsAnalysis", "NewsEvaluation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "newswire-fuzz", dependencies: [
            "NewsModel", "NewsAnalysis", "WireImport", "ReaderUI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
        .testTarget(name: "NewsEvaluationTests", dependencies: ["NewsEvaluation", "NewsAnalysis"]),
        .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI"]),
        .testTarget(name: "ReaderSessionTests", dependencies: ["ReaderSession", "NewsStore", "ReaderUI"]),
        .testTarget(name: "NewsAnalysisTests", dependencies: ["NewsAnalysis", "WireImport"], exclude: ["Gold", "Wikinews"]),
        .testTarget(name: "WireImportTests", dependencies: ["WireImport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ImportPipelineTests", dependencies: ["ImportPipeline", "NewsAnalysis", "NewsStore", "WireImport"]),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore", "WireImport"]),
        .testTarget(name: "NewswireTests", dependencies: ["newswire", "newswire-bench", "newswire-fuzz"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
