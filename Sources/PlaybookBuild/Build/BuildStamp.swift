import Foundation
import PlaybookModel
import PlaybookSupport

/// What a clean build of the command line left behind, so that running `playbook build` again
/// with nothing changed can stop after looking (as `make` does) instead of rebuilding every
/// page to find every byte the same.
///
/// The stamp lists, for the playbook's inputs (playbook.yml, content/, templates/), the
/// executable, and the output folder as the build left it, every file's path, size, inode,
/// and modification and change times (the change time cannot be set by any tool, so a file
/// copied in with an old modification time still counts as changed), plus the build options.
/// When all of that is the same again, the build is skipped with the result it had.
///
/// Only a build without any diagnostic leaves a stamp, so a skipped build never hides a
/// warning. It lives beside the output (`.site.build-stamp` for `site/`), never inside it, so
/// it is not published with the site.
struct BuildStamp {
    let options: BuildOptions

    var file: URL {
        options.output.deletingLastPathComponent().appendingPathComponent(".\(options.output.lastPathComponent).build-stamp")
    }

    /// The result of the last build, when nothing it depends on has changed since: the
    /// `inputs` listed before this build (`inputs()`), then the output, compared line by line
    /// with the stored bytes as they come (not split into lines first), so the output's walk
    /// stops at the first difference.
    func unchangedResult(inputs: [String]) -> BuildResult? {
        guard let stored = try? [UInt8](Data(contentsOf: file)),
              let newline = stored.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let summary = String(decoding: stored[..<newline], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        guard summary.count == 3 else { return nil }
        var rest = stored[(newline + 1)...]
        let matches = { (made: String) -> Bool in
            guard let end = rest.firstIndex(of: UInt8(ascii: "\n")), rest[..<end].elementsEqual(made.utf8) else { return false }
            rest = rest[(end + 1)...]
            return true
        }
        guard inputs.allSatisfy(matches), Self.walk(options.output.path, as: "output", { matches($0 + " " + $1) }), rest.isEmpty else { return nil }
        var result = BuildResult(diagnostics: [], pageCount: summary[0], languageCount: summary[1], fileCount: summary[2],
                                 unchangedFileCount: summary[2], didWrite: true, timings: StageTimings())
        result.isUpToDate = true
        return result
    }

    /// The options, the executable and the inputs (playbook.yml, content/, templates/), one
    /// line each, listed before a build reads them: an input saved while the build runs then
    /// differs from the stamp it leaves, and the next build does not take the output of its
    /// older bytes for up to date. Each top-level folder is listed on a core of its own.
    func inputs() -> [String] {
        var unused: [String: String] = [:]
        return inputs(contentIdentities: &unused)
    }

    /// `inputs()`, also giving each content file's identity as listed, by source path
    /// (`content/…`), for the loader (`SiteBuilder.listedSources`).
    func inputs(contentIdentities: inout [String: String]) -> [String] {
        var lines = ["options \(options.root.path) \(options.output.path) \(options.includeDrafts) \(options.baseURL ?? "-")",
                     "binary \(options.binaryIdentity ?? "-")"]
        var identities: [String: String] = [:]
        let add = { (name: String, identity: String) -> Bool in
            lines.append(name + " " + identity)
            if name.hasPrefix("input content/"), identity != Self.missing { identities[String(name.dropFirst("input ".count))] = identity }
            return true
        }
        let root = options.root.path
        _ = Self.describe(ProcessUsage.executablePath(), as: "executable", add)
        _ = Self.describe(root + "/" + ConfigLoader.fileName, as: "input " + ConfigLoader.fileName, add)
        for folder in ["content", "templates"] {
            _ = Self.walk(root + "/" + folder, as: "input " + folder, spread: true, add)
        }
        contentIdentities = identities
        return lines
    }

    /// Records a successful build with no diagnostics, with the `inputs` listed before it and
    /// the output as it left it (as the build's own listing has it, when it has one:
    /// `OutputListing`); anything else removes the stamp.
    func record(_ result: BuildResult, inputs: [String]) {
        guard result.didWrite, result.diagnostics.isEmpty else {
            FileCalls.remove(file.path)
            return
        }
        var lines = ["\(result.pageCount) \(result.languageCount) \(result.fileCount)"] + inputs
        if let output = result.outputListing?.stampLines(as: "output") {
            lines += output
        } else {
            _ = Self.walk(options.output.path, as: "output", spread: true) { lines.append($0 + " " + $1); return true }
        }
        let text = lines.joined(separator: "\n") + "\n"
        if (try? Data(text.utf8).write(to: file, options: .atomic)) == nil { FileCalls.remove(file.path) }
    }

    /// Every entry under `path`, sorted, symbolic links described by their target; a folder
    /// that is its own ancestor (a link loop) is listed but not entered again. What a folder
    /// lists depends on nothing walked before it, so its entries can be walked apart.
    /// An entry's identity in the stamp when there is nothing at its path.
    private static let missing = "missing"

    /// `line` is called with each entry's name and identity (`FileIdentity.description`, or `missing`).
    private static func walk(_ path: String, as name: String, spread: Bool = false, _ line: (String, String) -> Bool) -> Bool {
        walk(path, as: name, identity: FileIdentity(path: path), ancestors: [], spread: spread, line)
    }

    /// `walk` of an entry whose `identity` is known: a folder's entries are looked at from the
    /// folder (`Directory.identities`), never by their whole path again.
    private static func walk(_ path: String, as name: String, identity: FileIdentity?, ancestors: Set<[UInt64]>, spread: Bool,
                             _ line: (String, String) -> Bool) -> Bool {
        guard line(name, identity?.description ?? missing) else { return false }
        guard let identity, identity.isFolder, !ancestors.contains(identity.place) else { return true }
        let ancestors = ancestors.union([identity.place])
        let entries = Directory.identities(in: path)
        guard spread else {
            return entries.allSatisfy {
                walk(path + "/" + $0.name, as: name + "/" + $0.name, identity: $0.identity, ancestors: ancestors, spread: false, line)
            }
        }
        let parts = entries.concurrentMap { entry in
            var lines: [(String, String)] = []
            _ = walk(path + "/" + entry.name, as: name + "/" + entry.name, identity: entry.identity, ancestors: ancestors, spread: false) {
                lines.append(($0, $1))
                return true
            }
            return lines
        }
        return parts.allSatisfy { $0.allSatisfy(line) }
    }

    private static func describe(_ path: String, as name: String, _ line: (String, String) -> Bool) -> Bool {
        line(name, FileIdentity(path: path)?.description ?? missing)
    }
}
