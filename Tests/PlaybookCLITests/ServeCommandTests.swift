import Foundation
import Testing

@Suite struct ServeCommandTests {
    /// Starts `playbook serve`, waits (bounded) until it prints its URL, then interrupts it.
    static func serveAndInterrupt(_ folder: ScratchFolder, arguments: [String], signal: Int32 = SIGINT)
        throws -> (status: Int32, output: String, errors: String)
    {
        let process = Process()
        process.executableURL = PlaybookProcess.binary
        process.arguments = ["serve", "--no-open"] + arguments
        process.currentDirectoryURL = folder.url.appendingPathComponent("repo")
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": folder.url.appendingPathComponent("tmp").path]) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Reads on threads of their own, so the deadlines below hold even if nothing is printed.
        let printed = PipeReader(output), printedErrors = PipeReader(errors)
        let deadline = Date().addingTimeInterval(60)
        while !printed.text.contains("(Ctrl-C to stop)"), process.isRunning, Date() < deadline {
            usleep(20_000)
        }
        kill(process.processIdentifier, signal)
        let exitDeadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < exitDeadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        printed.waitForEnd(until: exitDeadline.addingTimeInterval(5))
        printedErrors.waitForEnd(until: exitDeadline.addingTimeInterval(5))
        return (process.terminationStatus, printed.text, printedErrors.text)
    }

    static func repository() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write("repo/playbook.yml", "title: T\nlanguages: [en]\n")
        try folder.write("repo/content/articles/a.md", "---\ntitle: A\ndraft: true\n---\n\nText.\n")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func stopsCleanlyOnASignalAndLeavesNoTemporaryFolder(_ signal: Int32) throws {
        let folder = try Self.repository()
        defer { folder.remove() }
        let result = try Self.serveAndInterrupt(folder, arguments: ["--port", "0"], signal: signal)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Built 1 page in "))  // drafts included
        #expect(result.output.contains("Serving \(folder.url.appendingPathComponent("repo").path) at http://127.0.0.1:"))
        #expect(result.output.hasSuffix("Stopped.\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("tmp").path) == [])
        #expect(!folder.exists("repo/site"))
    }

    /// `--timings`: the first build's stages and the time to its reload. The site-wide step's
    /// lines follow the reload line, before or after the URL (it runs beside the server's start).
    @Test func timingsPrintEachStageAndTheReload() throws {
        let folder = try Self.repository()
        defer { folder.remove() }
        let result = try Self.serveAndInterrupt(folder, arguments: ["--port", "0", "--timings"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        let reload = try #require(lines.firstIndex { $0.hasPrefix("reload ") }, "\(result.output)")
        let firstBuild = lines[...reload]
        for stage in ["load", "parse", "resolve", "pages", "reload"] {
            #expect(firstBuild.contains { $0.hasPrefix(stage + " ") && $0.contains(" ms") }, "\(stage): \(result.output)")
        }
        #expect(!firstBuild.contains { $0.hasPrefix("search ") }, "the search index is made after the reload")
    }

    @Test func folderWithoutAPlaybookIsAnError() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try PlaybookProcess.run(["serve", "--no-open", "--port", "0"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("no playbook.yml in"))
        #expect(result.standardError.contains("playbook init"))
    }

    @Test func takenPortMovesToTheNextFreeOne() throws {
        let folder = try Self.repository()
        defer { folder.remove() }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(listener, $0, length)
                _ = listen(listener, 1)
                _ = getsockname(listener, $0, &length)
            }
        }
        let taken = Int(UInt16(bigEndian: address.sin_port))
        let result = try Self.serveAndInterrupt(folder, arguments: ["--port", String(taken)])
        #expect(result.status == 0)
        #expect(result.errors.contains("Port \(taken) is in use; using "))
        #expect(!result.output.contains("127.0.0.1:\(taken)/"))
    }
}
