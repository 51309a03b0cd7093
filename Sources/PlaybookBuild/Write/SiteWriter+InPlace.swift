import Foundation
import PlaybookModel
import PlaybookSupport

extension SiteWriter {
    /// Brings an output folder that only this process writes (the preview's) from `previous`,
    /// the files it holds, to `files`, touching only what differs: a changed file is written
    /// beside its old self and renamed over it, so a request never sees it half-written; a
    /// file no longer built is removed. Returns the files now held, for the next update.
    ///
    /// `playbook build` never updates in place: a published site is swapped in whole.
    func update(_ files: [OutputFile], from previous: [String: FileBytes]) throws -> (Summary, [String: FileBytes]) {
        let pid = ProcessInfo.processInfo.processIdentifier
        let outcomes = files.concurrentMap { file in
            Result { () throws -> (FileBytes, Bool) in
                let bytes = try file.bytes()
                if previous[file.path] == bytes { return (bytes, false) }
                let target = output.path + "/" + file.path
                var folder = Substring(file.path)
                var missing: [Substring] = []
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    if FileManager.default.fileExists(atPath: output.path + "/" + folder) { break }
                    missing.append(folder)
                }
                for folder in missing.reversed() { try FileCalls.makeDirectory(output.path + "/" + folder) }
                let temporary = target + ".playbook-\(pid)"
                FileCalls.remove(temporary)
                try FileCalls.create(temporary, with: bytes)
                try FileCalls.rename(temporary, over: target)
                return (bytes, true)
            }
        }
        var held: [String: FileBytes] = [:]
        var written = 0
        for (file, outcome) in zip(files, outcomes) {
            let (bytes, changed) = try outcome.get()
            held[file.path] = bytes
            if changed { written += 1 }
        }
        for path in previous.keys where held[path] == nil { FileCalls.remove(output.path + "/" + path) }
        return (Summary(written: written, unchanged: files.count - written), held)
    }
}
