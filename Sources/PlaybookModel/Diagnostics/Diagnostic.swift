/// One problem found in a build, where it is, and the source line it is on.
public struct Diagnostic: Error, Sendable, Hashable, Encodable {
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The text of the line at `location`, shown under the message with a caret.
    public var sourceLine: String?
    /// Follow-up lines such as "did you mean 'title'?".
    public var notes: [String]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil,
                sourceLine: String? = nil, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation? = nil,
                             in text: SourceText? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, sourceLine: location.flatMap { text?.line($0.line) }, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil,
                               in text: SourceText? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, sourceLine: location.flatMap { text?.line($0.line) }, notes: notes)
    }
}
