import Foundation

/// Opens a URL in the desktop's browser when there is a desktop; on a server or in CI
/// (no display) it does nothing, and the printed URL is what counts.
enum BrowserOpener {
    static func open(_ url: String) {
        #if os(macOS)
        let opener = "/usr/bin/open"
        #else
        let environment = ProcessInfo.processInfo.environment
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil else { return }
        let opener = "/usr/bin/xdg-open"
        #endif
        guard FileManager.default.isExecutableFile(atPath: opener) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
