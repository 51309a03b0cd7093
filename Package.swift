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
    ],
    targets: [
        // C enters only here: Debian's libcmark-gfm + libcmark-gfm-extensions through pkg-config.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "PlaybookMarkdown", dependencies: ["CCmarkGFM"]),
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
        .executableTarget(
            name: "PlaybookCLI",
            dependencies: [
                "PlaybookCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PlaybookMarkdownTests", dependencies: ["PlaybookMarkdown"]),
        .testTarget(name: "PlaybookCoreTests", dependencies: ["PlaybookCore"]),
        .testTarget(name: "PlaybookEndToEndTests", dependencies: ["PlaybookCore"]),
    ]
)
