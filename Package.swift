// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Playbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "playbook", targets: ["PlaybookCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C enters only here: Debian's libcmark-gfm + libcmark-gfm-extensions through pkg-config.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "PlaybookMarkdown", dependencies: ["CCmarkGFM"]),
        // The executable's allocator: Debian's libmimalloc replaces glibc's malloc (Allocator.swift).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // The default theme (templates/), embedded into the binary at build time.
        .executableTarget(name: "ThemeEmbedder", path: "Sources/ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(name: "PlaybookDefaultTheme", plugins: ["EmbedTheme"]),
        .target(
            name: "PlaybookCore",
            dependencies: [
                "PlaybookMarkdown",
                "PlaybookDefaultTheme",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The preview server: file responder, watcher, rebuild coordinator, SSE hub.
        .target(
            name: "PlaybookServer",
            dependencies: [
                "PlaybookCore",
                "PlaybookMarkdown",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "PlaybookCLI",
            dependencies: [
                "PlaybookCore",
                "PlaybookServer",
                "PlaybookMarkdown",
                "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PlaybookMarkdownTests", dependencies: ["PlaybookMarkdown"]),
        .testTarget(name: "PlaybookCoreTests", dependencies: ["PlaybookCore", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "PlaybookEndToEndTests", dependencies: ["PlaybookCore"]),
        .testTarget(name: "PlaybookServerTests", dependencies: ["PlaybookServer", "PlaybookCore"]),
        // Runs the built `playbook` binary: exit codes and output of check, new, init, serve.
        .testTarget(name: "PlaybookCLITests", dependencies: ["PlaybookCLI"]),
    ]
)
