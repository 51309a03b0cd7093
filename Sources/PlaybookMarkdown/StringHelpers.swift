/// Small String helpers for a module without Foundation.
extension String {
    /// The text without leading and trailing whitespace (no Foundation in this module).
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
