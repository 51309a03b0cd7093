import Foundation
import PackagePlugin

/// Embeds the package's `templates/` folder (the default theme) into the target that uses
/// this plugin, so `playbook` is one self-contained binary. Every file is an input, so a
/// changed template is picked up by the next `swift build`.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appendingPathComponent("templates")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedThemeFiles.swift")
        // Folders are inputs too: adding or removing a file changes its folder, which makes
        // SwiftPM plan the build again and so see the new file.
        var inputs: [URL] = [templates]
        if let enumerator = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding the default theme (\(inputs.count) files)",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [templates.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
