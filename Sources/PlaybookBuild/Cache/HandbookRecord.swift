import Foundation
import PlaybookHandbook
import PlaybookModel
import PlaybookSupport

/// Where each article of each handbook lies in the file the last build with the build cache
/// wrote, and which cache entry its page came from: the next build copies an article's bytes
/// out of that file instead of rendering it again when the site's outline is the same
/// (`KeptPages`: same theme, options, binary and every page's front matter, so the same
/// bytes around the articles and the same order), the file is the one that build left (its
/// `FileIdentity`), and the page came from the same entry (so the same handbook copy).
/// Anything else renders the handbook whole.
///
/// Kept in the cache folder's `handbooks` file, written after the site and the cache, like
/// `pages`; a failed build leaves it as it was.
struct HandbookRecord {
    static let fileName = "handbooks"

    var outline: String
    /// Output path → the file's size and identity, and each article's entry and bytes.
    var books: [String: Book]

    struct Book {
        var file: String
        var size: Int
        var articles: [(entry: String, bytes: Range<Int>)]
    }

    /// The record the last build left in `folder`, if it reads back intact (`CheckedLines`).
    static func load(from folder: URL) -> HandbookRecord? {
        CheckedLines.read(folder.appendingPathComponent(fileName)) { lines in
            let text = { (bytes: Slice<UnsafeRawBufferPointer>) in String(decoding: UnsafeRawBufferPointer(rebasing: bytes), as: UTF8.self) }
            let outline = "outline ".utf8
            guard let first = lines.first, first.starts(with: outline) else { return nil }
            var record = HandbookRecord(outline: text(first.dropFirst(outline.count)), books: [:])
            var path: String?
            for line in lines.dropFirst() {
                let fields = line.split(separator: tab, omittingEmptySubsequences: false)
                if fields.count == 4, fields[0].elementsEqual("book".utf8), let size = number(fields[2]) {
                    path = text(fields[1])
                    record.books[path!] = Book(file: text(fields[3]), size: size, articles: [])
                } else if fields.count == 3, let path, let start = number(fields[1]), let end = number(fields[2]), start <= end {
                    record.books[path]?.articles.append((text(fields[0]), start..<end))
                } else {
                    return nil
                }
            }
            return record
        }
    }

    private static let tab = UInt8(ascii: "\t")

    /// A decimal number of at most 18 digits, as `record` writes them; nil for anything else.
    private static func number(_ digits: Slice<UnsafeRawBufferPointer>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// Records, for the site just written to `output`, each handbook's articles.
    static func record(outline: String, books: [(path: String, entries: [String], articles: [Range<Int>])], output: URL, in folder: URL) {
        var lines = ["outline " + outline]
        for book in books {
            let path = output.appendingPathComponent(book.path).path
            guard book.entries.count == book.articles.count, let identity = FileIdentity(path: path),
                  let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int else { continue }
            lines.append(["book", book.path, String(size), identity.description].joined(separator: "\t"))
            for (entry, bytes) in zip(book.entries, book.articles) {
                lines.append("\(entry)\t\(bytes.lowerBound)\t\(bytes.upperBound)")
            }
        }
        CheckedLines.write(lines, to: folder.appendingPathComponent(fileName))
    }

    /// What of the handbook at `path` this build can copy: `entries` are the entries its
    /// articles' pages were taken from this build (nil for a page converted again).
    func previous(_ path: String, entries: [String?], outline: String, output: URL) -> PreviousHandbook? {
        let file = output.appendingPathComponent(path).path
        guard outline == self.outline, let book = books[path], book.articles.count == entries.count,
              FileIdentity(path: file)?.description == book.file else { return nil }
        let copied = zip(book.articles, entries).map { recorded, entry in entry == recorded.entry }
        guard copied.contains(true) else { return nil }
        return PreviousHandbook(path: file, size: book.size, articles: book.articles.map(\.bytes), copied: copied)
    }
}
