import Foundation
import Testing
import PlaybookSupport

/// A folder's entries with their identities are the entries `entries(of:)` lists, in its
/// order and with its types, each with the identity its whole path gives (links followed, nil for a dangling one).
struct DirectoryTests {
    @Test func identitiesAreThoseOfEachEntrysPathInTheOrderOfEntries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("directory-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub folder", withIntermediateDirectories: true)
        for name in ["b.html", "A.html", "été 倾听.html", ".hidden"] {
            try Data(name.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "b.html")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: "nowhere")

        let listed = Directory.identities(in: folder)
        #expect(listed.map(\.name) == Directory.entries(of: folder).map(\.name))
        #expect(listed.map(\.type) == Directory.entries(of: folder).map(\.type), "the entry's own type: a link is a link")
        #expect(listed.map(\.name) == [".hidden", "A.html", "b.html", "dangling", "link", "sub folder", "été 倾听.html"])
        for entry in listed {
            #expect(entry.identity == FileIdentity(path: folder + "/" + entry.name), "\(entry.name)")
        }
        #expect(listed.first { $0.name == "dangling" }?.identity == nil)
        #expect(listed.first { $0.name == "link" }?.identity == FileIdentity(path: folder + "/b.html"), "a link is its target")
        #expect(listed.first { $0.name == "sub folder" }?.identity?.isFolder == true)
        #expect(Directory.identities(in: folder + "/missing").isEmpty)
    }
}
