import Foundation
import PlaybookSupport

extension PageStore {
    /// The cache for the build `options` describe: the binary, the options and playbook.yml are
    /// part of every entry's key.
    convenience init?(options: BuildOptions, notes: inout [String]) {
        let config = FileManager.default.contents(atPath: options.root.appendingPathComponent(ConfigLoader.fileName).path) ?? Data()
        let binary = options.binaryIdentity
            ?? ProcessUsage.executablePath() + " " + (FileIdentity(path: ProcessUsage.executablePath())?.description ?? "")
        self.init(folder: options.cacheFolder, output: options.output, binary: binary,
                  contextParts: ["drafts \(options.includeDrafts)", "base \(options.baseURL ?? "-")", ContentDigest(config).description],
                  notes: &notes)
    }
}
