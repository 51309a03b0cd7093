import Foundation
import PlaybookBuild
import PlaybookModel

/// A small playbook written to a fresh temporary folder, for the search, feed and sitemap tests.
public struct PublishingFixture {
    public let root: URL

    public init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-publishing-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Load, parse and resolve; the site, or nil with the diagnostics' messages.
    public func resolve(baseURL: String? = nil) -> (ResolvedSite?, [String]) {
        let result = SiteBuilder(options: BuildOptions(root: root, baseURL: baseURL)).check()
        return (result.site, result.diagnostics.map(\.message))
    }

    /// A full build into `site/` inside the fixture's folder.
    public func build(baseURL: String? = nil) -> BuildResult {
        SiteBuilder(options: BuildOptions(root: root, baseURL: baseURL)).build()
    }

    public func text(at path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent("site/\(path)").path).flatMap { String(data: $0, encoding: .utf8) }
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }

    public static let bilingual: [String: String] = [
        "playbook.yml": "title: Test Playbook\ndescription: A test.\nlanguages: [en, zh]\nnoindex: true\n",
        "content/articles/listen.md": """
            ---
            title: Listen first
            summary: Hearing the whole story.
            pillars: [humanized]
            date: 2026-03-02
            ---
            Before anything else, listen.

            ## Recall the details
            Say back the café, the flight and the date.

            ## Express
            Name the feeling.
            """,
        "content/articles/listen.zh.md": """
            ---
            title: 先倾听
            summary: 听完整个故事。
            pillars: [humanized]
            date: 2026-03-02
            ---
            共情能力从倾听开始。

            ## 复述细节
            把航班和日期说回去。
            """,
        "content/cases/flight.md": """
            ---
            title: The rebooked flight
            pillars: [nimble]
            updated: 2026-05-01
            date: 2026-01-10
            ---
            A traveller whose flight was cancelled; listening turned it around.
            """,
    ]
}
