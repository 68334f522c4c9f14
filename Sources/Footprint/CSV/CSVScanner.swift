/// A byte-level RFC 4180 record scanner: quoted fields, embedded commas, quotes and line
/// breaks, LF, CRLF or CR line ends.
///
/// It scans one record at a time from a buffer and never copies bytes, so the same code
/// serves small tables held whole and streams of millions of rows read in chunks.
package enum CSVScanner {
    /// What scanning one record found.
    package enum Outcome: Sendable, Equatable {
        /// A complete record ends before `next`; it spans `lineBreaks` line breaks (its own
        /// end included). `malformedAt` is the offset of the first quoting fault, if any.
        case record(next: Int, lineBreaks: Int, malformedAt: Int?)
        /// The buffer ends inside the record: supply more bytes, or scan with `atEnd`.
        case incomplete
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// Scans the record that starts at `start` into `fields` (cleared first).
    ///
    /// - Parameter atEnd: whether the buffer ends the input, so a record may end with it.
    /// - Precondition: `start < bytes.count`.
    /// - Complexity: O(n) in the length of the record.
    package static func scanRecord(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, fields: inout [CSVField]
    ) -> Outcome {
        scanRecord(in: bytes, from: start, atEnd: atEnd, into: &fields)
    }

    /// Scans the record that starts at `start` into `fields` (cleared first); see
    /// `scanRecord(in:from:atEnd:fields:)`.
    @inline(__always)
    static func scanRecord<Fields: CSVFieldSink>(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, into fields: inout Fields
    ) -> Outcome {
        fields.removeAll()
        let count = bytes.count
        var index = start
        var lineBreaks = 0
        var malformedAt: Int?
        while true {
            if index < count, bytes[index] == quote {
                let opening = index
                index += 1
                let contentStart = index
                var doubled = false
                while true {
                    guard index < count else {
                        guard atEnd else { return .incomplete }
                        fields.append(CSVField(start: contentStart, end: count, hasDoubledQuotes: doubled, isQuoted: true))
                        return .record(next: count, lineBreaks: lineBreaks, malformedAt: malformedAt ?? opening)
                    }
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count {
                            if bytes[index + 1] == quote {
                                doubled = true
                                index += 2
                                continue
                            }
                        } else if !atEnd {
                            return .incomplete
                        }
                        break
                    }
                    if byte == lineFeed { lineBreaks += 1 }
                    index += 1
                }
                fields.append(CSVField(start: contentStart, end: index, hasDoubledQuotes: doubled, isQuoted: true))
                index += 1
                while index < count, bytes[index] != comma, bytes[index] != lineFeed, bytes[index] != carriageReturn {
                    if malformedAt == nil { malformedAt = index }
                    index += 1
                }
            } else {
                let fieldStart = index
                index = endOfUnquotedField(in: bytes, from: index)
                fields.append(CSVField(start: fieldStart, end: index))
            }
            guard index < count else {
                return atEnd ? .record(next: count, lineBreaks: lineBreaks, malformedAt: malformedAt) : .incomplete
            }
            switch bytes[index] {
            case comma:
                index += 1
            case carriageReturn:
                if index + 1 < count {
                    index += bytes[index + 1] == lineFeed ? 2 : 1
                } else if atEnd {
                    index += 1
                } else {
                    return .incomplete
                }
                return .record(next: index, lineBreaks: lineBreaks + 1, malformedAt: malformedAt)
            default:
                return .record(next: index + 1, lineBreaks: lineBreaks + 1, malformedAt: malformedAt)
            }
        }
    }

    /// The offset of the first comma, LF or CR at or after `start`, else `bytes.count`.
    ///
    /// Eight bytes at a time: a byte equal to the one sought becomes zero after an
    /// exclusive or, and `(x - 0x01…) & ~x & 0x80…` marks zero bytes; the lowest mark is
    /// exact (a borrow only spoils the bytes above a true match).
    @inline(__always)
    static func endOfUnquotedField(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let commas = word ^ (ones &* UInt64(comma)), lineFeeds = word ^ (ones &* UInt64(lineFeed))
                let returns = word ^ (ones &* UInt64(carriageReturn))
                let marks = ((commas &- ones) & ~commas | (lineFeeds &- ones) & ~lineFeeds | (returns &- ones) & ~returns) & highs
                if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == comma || byte == lineFeed || byte == carriageReturn { break }
            index += 1
        }
        return index
    }

    /// Whether the record held in `fields` is an empty line.
    package static func isBlank(_ fields: [CSVField]) -> Bool {
        fields.withUnsafeBufferPointer { isBlank($0) }
    }

    /// Whether the record held in `fields` is an empty line.
    @inline(__always)
    static func isBlank(_ fields: UnsafeBufferPointer<CSVField>) -> Bool {
        fields.count == 1 && fields[0].start == fields[0].end && !fields[0].isQuoted
    }

    /// The offset just past a UTF-8 byte-order mark at the start of `bytes`, else 0.
    package static func bodyStart(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}

/// Where `CSVScanner` puts the fields of a record: an array, or a faster buffer.
protocol CSVFieldSink {
    /// Removes every field.
    mutating func removeAll()
    /// Adds `field` at the end.
    mutating func append(_ field: CSVField)
}

extension Array: CSVFieldSink where Element == CSVField {
    mutating func removeAll() { removeAll(keepingCapacity: true) }
}
