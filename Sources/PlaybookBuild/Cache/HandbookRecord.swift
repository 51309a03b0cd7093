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

    /// The record the last build left in `folder`, if it reads back intact.
    static func load(from folder: URL) -> HandbookRecord? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.removeLast().isEmpty, let check = lines.popLast(),
              check == "check " + ContentDigest(lines.joined(separator: "\n")).description,
              let first = lines.first, first.hasPrefix("outline ") else { return nil }
        var record = HandbookRecord(outline: String(first.dropFirst("outline ".count)), books: [:])
        var path: String?
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 4, fields[0] == "book", let size = Int(fields[2]) {
                path = String(fields[1])
                record.books[String(fields[1])] = Book(file: String(fields[3]), size: size, articles: [])
            } else if fields.count == 3, let path, let start = Int(fields[1]), let end = Int(fields[2]), start <= end {
                record.books[path]?.articles.append((String(fields[0]), start..<end))
            } else {
                return nil
            }
        }
        return record
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
        let body = lines.joined(separator: "\n")
        let text = body + "\ncheck " + ContentDigest(body).description + "\n"
        if (try? Data(text.utf8).write(to: folder.appendingPathComponent(fileName), options: .atomic)) == nil {
            FileCalls.remove(folder.appendingPathComponent(fileName).path)
        }
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
