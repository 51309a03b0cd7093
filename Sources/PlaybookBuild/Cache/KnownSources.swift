import Foundation
import PlaybookModel
import PlaybookSupport

/// What the last successful build with the build cache read from each page file, by the
/// file's identity (`FileIdentity`: inode, size, modification and change times): the digest of
/// its bytes and the page loading made of them, without its body. A file whose identity is
/// the recorded one still holds the bytes that build read (its change time no tool can set
/// back), so the next build takes the page from here instead of reading, digesting and
/// decoding the file again, and reads the body only if something asks for it
/// (`ContentLoader`). Files that loaded with a diagnostic are not recorded: they are read
/// every time, so that their diagnostics are given every time.
///
/// Kept in the cache folder's `sources` file, written by `PageStore.commit`.
struct KnownSources: Sendable {
    static let fileName = "sources"
    private static let file = ChecksummedFile(magic: "PBSOURCES2")

    struct Known: Sendable {
        var identity: String
        var digest: String
        /// Without its body.
        var page: SourcePage
    }

    /// By source path.
    var files: [String: Known]

    /// The record in `folder` made under `context` (the cache's: binary, options,
    /// playbook.yml); empty when there is none, it was made under another context or it does
    /// not read back intact (`damaged` is then set).
    static func load(from folder: URL, context: String) -> (sources: KnownSources, damaged: Bool) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return (KnownSources(files: [:]), false) }
        let files = file.withPayload(of: data) { payload -> [String: Known]? in
            var reader = EntryReader(payload)
            guard let recordedContext = try? reader.text() else { return nil }
            guard recordedContext == context else { return [:] }
            guard let list = try? reader.list({ reader in
                let path = try reader.text()
                let known = Known(identity: try reader.text(), digest: try reader.text(),
                                  page: try readPage(path, from: &reader))
                return (path, known)
            }), reader.isAtEnd else { return nil }
            return Dictionary(list, uniquingKeysWith: { first, _ in first })
        }
        return (KnownSources(files: files ?? [:]), files == nil)
    }

    /// Records `files` (by source path) in `folder`, replacing what was there.
    static func record(_ files: [String: Known], context: String, in folder: URL) {
        var writer = EntryWriter()
        writer.text(context)
        // The paths sorted alone: sorting the pairs moves every record's fields about.
        writer.list(files.keys.sorted()) { writer, path in
            let file = files[path]!
            writer.text(path)
            writer.text(file.identity)
            writer.text(file.digest)
            writePage(file.page, into: &writer)
        }
        let path = folder.appendingPathComponent(fileName)
        if (try? Data(file.bytes(of: writer.bytes)).write(to: path, options: .atomic)) == nil {
            FileCalls.remove(path.path)
        }
    }

    private static func writePage(_ page: SourcePage, into writer: inout EntryWriter) {
        writer.optionalText(page.kind?.rawValue)
        writer.text(page.key)
        writer.text(page.language)
        writer.int(page.bodyStartLine)
        KeptPages.writeFrontMatter(page.frontMatter, into: &writer)
    }

    private static func readPage(_ sourcePath: String, from reader: inout EntryReader) throws -> SourcePage {
        let kind = try reader.optionalText()
        guard kind.map({ PageKind(rawValue: $0) != nil }) ?? true else { throw EntryReader.Damaged() }
        let key = try reader.text(), language = try reader.text(), bodyStartLine = try reader.int()
        return SourcePage(sourcePath: sourcePath, kind: kind.flatMap(PageKind.init(rawValue:)), key: key, language: language,
                          frontMatter: try readFrontMatter(from: &reader), body: "", bodyStartLine: bodyStartLine)
    }

    /// What `KeptPages.writeFrontMatter` wrote.
    static func readFrontMatter(from reader: inout EntryReader) throws -> FrontMatter {
        func parsed<Value>(_ text: String?, _ make: (String) -> Value?) throws -> Value? {
            guard let text else { return nil }
            guard let value = make(text) else { throw EntryReader.Damaged() }
            return value
        }
        var front = FrontMatter(title: try reader.text())
        front.summary = try reader.optionalText()
        front.pillars = try reader.list { reader in
            guard let pillar = Pillar(rawValue: try reader.text()) else { throw EntryReader.Damaged() }
            return pillar
        }
        front.tags = try reader.list { try $0.text() }
        front.audience = try parsed(try reader.optionalText(), Audience.init(rawValue:))
        front.order = try parsed(try reader.optionalText()) { Int($0) }
        front.date = try parsed(try reader.optionalText(), PageDate.init)
        front.updated = try parsed(try reader.optionalText(), PageDate.init)
        front.draft = try reader.bool()
        front.duration = try parsed(try reader.optionalText()) { Int($0) }
        front.participants = try reader.optionalText()
        front.materials = try reader.list { try $0.text() }
        front.translationOf = try reader.optionalText()
        return front
    }
}

extension KnownSources {
    /// The page of the file at `path` (`sourcePath` in the record) as the record has it, when
    /// its identity is the recorded one: `listed` (before this build read anything), or taken
    /// now, before the file would be read, so that a write during the read changes it. Its
    /// place in the content model is the recorded one too: the record is only read under the
    /// context it was made in (the binary, the options and playbook.yml), and a file's place
    /// is a function of its path and playbook.yml.
    func unchanged(at path: String, sourcePath: String, listed: String?) -> (ContentFile, ContentLoader.RecordedPage)? {
        guard let record = files[sourcePath], let identity = listed ?? FileIdentity(path: path)?.description, record.identity == identity else { return nil }
        let page = record.page
        return (.page(kind: page.kind, key: page.key, language: page.language),
                ContentLoader.RecordedPage(page: page, diagnostics: [], digest: record.digest, record: record, unread: true))
    }
}
