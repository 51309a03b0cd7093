import Mustache
import PlaybookSupport

/// One file of the site to render: its path, its template, and how to make its view and
/// render it, which happens only when the writer gets to the file.
public struct RenderJob: Sendable {
    public let path: String
    public let template: String
    /// Makes the view, and the file's bytes from it.
    public let prepare: @Sendable () -> PreparedView

    /// A view rendered with `template` into one piece.
    public init<View: MustacheParent & Sendable & Equatable>(path: String, template: String, view: @escaping @Sendable () -> View) {
        self.init(path: path, template: template, view: view) { library, view in
            .text([library.render(view, withTemplate: template) ?? ""])
        }
    }

    /// A view rendered by `render` (the handbook, written as a stream).
    public init<View: Sendable & Equatable>(path: String, template: String, view: @escaping @Sendable () -> View,
                                            render: @escaping @Sendable (MustacheLibrary, View) -> FileBytes) {
        self.path = path
        self.template = template
        prepare = {
            let made = view()
            return PreparedView(view: made) { library in render(library, made) }
        }
    }
}

/// A job's view, made, with the way to render it: a preview compares the view with the last
/// build's to tell the file is unchanged without rendering it.
public struct PreparedView: Sendable {
    public let view: any Sendable & Equatable
    public let render: @Sendable (MustacheLibrary) -> FileBytes
}
