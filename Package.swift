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
        .target(name: "PlaybookMarkdown", dependencies: ["CCmarkGFM", "PlaybookSupport"]),
        // The executable's allocator: Debian's libmimalloc replaces glibc's malloc (Allocator.swift).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // LZ4 block compression for the build cache's entries (PageStore): fast enough to
        // leave a cached build's time as it was, and it keeps the cache smaller than the site.
        .systemLibrary(name: "CLZ4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"])]),
        // The default theme (templates/), embedded into the binary at build time.
        .executableTarget(name: "ThemeEmbedder", path: "Sources/ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(name: "PlaybookDefaultTheme", plugins: ["EmbedTheme"]),
        // Low-level pieces the other targets share: the operating system's calls (System/), the
        // parallel map, spill files, file bytes and the JSON text writer. Depends on nothing.
        .target(name: "PlaybookSupport"),
        // Pure values: configuration, front matter, pages at each stage, the URL map, diagnostics.
        .target(name: "PlaybookModel", dependencies: ["PlaybookSupport"]),
        // Search: the tokenizer and a language's index, built from the model's pages.
        .target(name: "PlaybookSearch", dependencies: ["PlaybookModel", "PlaybookSupport"]),
        // The theme and the views its Mustache templates render.
        .target(
            name: "PlaybookTheme",
            dependencies: ["PlaybookModel", "PlaybookSupport", "PlaybookMarkdown", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The print handbook of each language.
        .target(
            name: "PlaybookHandbook",
            dependencies: ["PlaybookTheme", "PlaybookModel", "PlaybookSupport", "PlaybookMarkdown", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Feeds, sitemap, robots.txt and phrases.json.
        .target(name: "PlaybookPublish", dependencies: ["PlaybookModel", "PlaybookSupport"]),
        // The five stages (load, parse, resolve, render, write) and the build that runs them.
        .target(
            name: "PlaybookBuild",
            dependencies: [
                "PlaybookModel", "PlaybookSupport", "PlaybookMarkdown", "PlaybookSearch", "PlaybookTheme",
                "PlaybookHandbook", "PlaybookPublish", "PlaybookDefaultTheme", "CLZ4",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `playbook lint`: the playbook's phrases to avoid, found in its pages or a team's texts.
        .target(name: "PlaybookLint", dependencies: ["PlaybookModel", "PlaybookMarkdown", "PlaybookSearch"]),
        // The preview server: file responder, watcher, rebuild coordinator, SSE hub.
        .target(
            name: "PlaybookServer",
            dependencies: [
                "PlaybookBuild",
                "PlaybookModel",
                "PlaybookSupport",
                "PlaybookMarkdown",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "PlaybookCLI",
            dependencies: [
                "PlaybookBuild",
                "PlaybookModel",
                "PlaybookSupport",
                "PlaybookServer",
                "PlaybookLint",
                "PlaybookMarkdown",
                "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Small playbooks written to temporary folders, shared by the test targets below.
        .target(
            name: "PlaybookFixtures",
            dependencies: ["PlaybookBuild", "PlaybookModel", "PlaybookTheme", .product(name: "Mustache", package: "swift-mustache")],
            path: "Tests/PlaybookFixtures"
        ),
        .testTarget(name: "PlaybookSupportTests", dependencies: ["PlaybookSupport"]),
        .testTarget(name: "PlaybookModelTests", dependencies: ["PlaybookModel"]),
        .testTarget(name: "PlaybookMarkdownTests", dependencies: ["PlaybookMarkdown"]),
        .testTarget(name: "PlaybookSearchTests", dependencies: ["PlaybookSearch", "PlaybookModel", "PlaybookSupport", "PlaybookFixtures"]),
        .testTarget(
            name: "PlaybookThemeTests",
            dependencies: ["PlaybookTheme", "PlaybookModel", "PlaybookBuild", "PlaybookFixtures", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "PlaybookHandbookTests",
                    dependencies: ["PlaybookHandbook", "PlaybookTheme", "PlaybookModel", "PlaybookFixtures", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "PlaybookPublishTests", dependencies: ["PlaybookPublish", "PlaybookModel", "PlaybookFixtures"]),
        .testTarget(
            name: "PlaybookBuildTests",
            dependencies: ["PlaybookBuild", "PlaybookModel", "PlaybookSupport", "PlaybookHandbook", "PlaybookFixtures", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(name: "PlaybookLintTests", dependencies: ["PlaybookLint", "PlaybookModel", "PlaybookFixtures"]),
        .testTarget(name: "PlaybookEndToEndTests", dependencies: ["PlaybookBuild", "PlaybookModel", "PlaybookCLI"]),
        .testTarget(name: "PlaybookServerTests", dependencies: ["PlaybookServer", "PlaybookBuild", "PlaybookModel", "PlaybookSupport"]),
        // Runs the built `playbook` binary: exit codes and output of check, new, init, serve.
        .testTarget(name: "PlaybookCLITests", dependencies: ["PlaybookCLI"]),
    ]
)
