/// One field of a CSV record, as a range of bytes in the buffer that was scanned.
///
/// For a quoted field the range excludes the surrounding quotes; `hasDoubledQuotes` tells
/// whether `""` pairs inside it still need to be turned into `"`.
package struct CSVField: Sendable, Equatable {
    /// Offset of the first byte of the field's content.
    package var start: Int
    /// Offset one past the last byte of the field's content.
    package var end: Int
    /// Whether the content holds `""` escapes.
    package var hasDoubledQuotes: Bool
    /// Whether the field was enclosed in quotes.
    package var isQuoted: Bool

    /// A field over `start..<end`.
    package init(start: Int, end: Int, hasDoubledQuotes: Bool = false, isQuoted: Bool = false) {
        self.start = start
        self.end = end
        self.hasDoubledQuotes = hasDoubledQuotes
        self.isQuoted = isQuoted
    }

    /// The field's bytes as they stand in the input, with its quotes if it had them.
    package func rawRange(in count: Int) -> Range<Int> {
        isQuoted ? (start - 1)..<min(end + 1, count) : start..<end
    }

    /// The field's text, with `""` escapes undone.
    package func string(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return hasDoubledQuotes ? text.replacing("\"\"", with: "\"") : text
    }
}
