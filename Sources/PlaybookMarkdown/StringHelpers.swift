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

extension String {
    /// Every occurrence of `target` replaced, comparing UTF-8 bytes: many times faster on a
    /// long HTML page than the generic `replacing(_:with:)`.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let source = Array(utf8), pattern = Array(target.utf8), insert = Array(replacement.utf8)
        guard let first = pattern.first, source.count >= pattern.count else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if source[index] == first, index + pattern.count <= source.count,
               source[index..<index + pattern.count].elementsEqual(pattern) {
                output += insert
                index += pattern.count
            } else {
                output.append(source[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
