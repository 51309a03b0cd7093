import Foundation
import PlaybookSupport
import Testing
@testable import PlaybookServer

@Suite struct SiteFolderTests {
    /// A site folder with a page, a stylesheet, a link inside and a link pointing outside,
    /// next to a secret that shares the site folder's name as a prefix.
    static func makeSite() throws -> (TemporaryFolder, SiteFolder) {
        let folder = try TemporaryFolder()
        try folder.write("site/index.html", "<html><body>home</body></html>")
        try folder.write("site/articles/listen/index.html", "<html><body>listen</body></html>")
        try folder.write("site/theme/style.css", "body{}")
        try folder.write("site-secret/key.txt", "secret")
        try folder.write("secret.txt", "secret")
        let site = folder.url.appendingPathComponent("site")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("outside").path, withDestinationPath: folder.url.path)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("escape.txt").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("alias.css").path, withDestinationPath: "theme/style.css")
        return (folder, SiteFolder(root: site))
    }

    @Test(arguments: [
        "/../secret.txt", "/articles/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
        "/articles%2f..%2f..%2fsecret.txt", "/articles%2F..%2F..%2Fsecret.txt", "/..%5csecret.txt", "/%2e%2e%5csecret.txt",
        "//etc/passwd", "/etc/passwd", "/" + FileManager.default.temporaryDirectory.path + "/secret.txt",
        "/../site-secret/key.txt", "/outside/secret.txt", "/outside/site-secret/key.txt", "/escape.txt",
        "/index.html%00.css", "/./index.html", "/articles/./listen/", "/missing.html", "secret.txt", "", "/%zz",
    ])
    func hostilePathIsNotFound(_ target: String) throws {
        let (folder, site) = try Self.makeSite()
        defer { folder.remove() }
        #expect(site.lookup(target) == .notFound)
    }

    @Test func servesFilesAndIndexPagesInsideTheFolder() throws {
        let (folder, site) = try Self.makeSite()
        defer { folder.remove() }
        let root = try #require(FolderBoundary.realPath(of: site.root.path))
        #expect(site.lookup("/") == .file(URL(fileURLWithPath: root + "/index.html")))
        #expect(site.lookup("/theme/style.css?v=2") == .file(URL(fileURLWithPath: root + "/theme/style.css")))
        #expect(site.lookup("/articles/listen/") == .file(URL(fileURLWithPath: root + "/articles/listen/index.html")))
        #expect(site.lookup("/articles/%6Cisten/index.html") == .file(URL(fileURLWithPath: root + "/articles/listen/index.html")))
        #expect(site.lookup("/alias.css") == .file(URL(fileURLWithPath: root + "/theme/style.css")))
    }

    @Test func directoryWithoutTrailingSlashRedirects() throws {
        let (folder, site) = try Self.makeSite()
        defer { folder.remove() }
        #expect(site.lookup("/articles/listen") == .redirect("/articles/listen/"))
        #expect(site.lookup("/articles/listen?x=1") == .redirect("/articles/listen/"))
    }

    @Test(arguments: [
        ("a.html", "text/html; charset=utf-8"), ("a.css", "text/css; charset=utf-8"), ("a.js", "text/javascript; charset=utf-8"),
        ("a.json", "application/json; charset=utf-8"), ("a.svg", "image/svg+xml; charset=utf-8"), ("a.PNG", "image/png"),
        ("a.woff2", "font/woff2"), ("a.xml", "application/xml; charset=utf-8"), ("a", "application/octet-stream"),
    ])
    func contentTypes(_ name: String, _ type: String) {
        #expect(ContentType.forPath("/x/" + name) == type)
    }
}

@Suite struct NotFoundPageTests {
    @Test func languageFolderHasItsOwn404Page() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("site/404.html", "en")
        try folder.write("site/zh/404.html", "zh")
        let site = SiteFolder(root: folder.url.appendingPathComponent("site"))
        #expect(site.notFoundPage(for: "/zh/articles/missing/")?.lastPathComponent == "404.html")
        #expect(site.notFoundPage(for: "/zh/articles/missing/")?.deletingLastPathComponent().lastPathComponent == "zh")
        #expect(site.notFoundPage(for: "/articles/missing/")?.deletingLastPathComponent().lastPathComponent == "site")
        #expect(site.notFoundPage(for: "/%2e%2e/missing")?.deletingLastPathComponent().lastPathComponent == "site")
    }
}
