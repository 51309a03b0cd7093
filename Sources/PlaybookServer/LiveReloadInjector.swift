import Foundation

/// Adds the live-reload script to an HTML page: before the last `</body>`, or at the end.
enum LiveReloadInjector {
    static func inject(into html: Data) -> Data {
        let tag = Data(LiveReloadScript.tag.utf8)
        for closing in ["</body>", "</BODY>"] {
            if let range = html.range(of: Data(closing.utf8), options: .backwards) {
                var result = html
                result.insert(contentsOf: tag, at: range.lowerBound)
                return result
            }
        }
        return html + tag
    }
}
