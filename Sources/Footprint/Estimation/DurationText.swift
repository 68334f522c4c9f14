/// Durations as people and schedulers write them, read as hours.
///
/// Two forms are accepted:
/// - **units**: one or more number-and-unit parts, largest unit first, each unit once:
///   `3d`, `72h`, `90m`, `45s`, `1h30m`, `1.5h`, `2d 12h` (units `d`, `h`, `m`, `s`, also
///   written `day(s)`, `hr(s)`, `hour(s)`, `min(s)`, `minute(s)`, `sec(s)`, `second(s)`);
/// - **clock**, as SLURM prints elapsed and wall times: `HH:MM:SS`, `MM:SS`, and with days
///   `D-HH:MM:SS`, `D-HH:MM` or `D-HH` (minutes and seconds below 60, hours below 24 after
///   days; the seconds may have a fraction).
///
/// A bare number is refused: `72` may mean hours, minutes (SLURM's `--time`) or seconds, and
/// guessing would be silently wrong by a factor of 60. The byte form allocates nothing, so
/// batch files parse a duration column straight from their bytes.
package enum DurationText {
    /// Examples of the accepted forms, for help and messages.
    package static let examples = "72h, 3d, 90m, 45s, 1h30m, 01:30:00, 30:00 or 2-04:00:00"

    /// The hours written in `bytes`, or nil when they are not a duration.
    package static func hours(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        (unitSeconds(bytes) ?? clockSeconds(bytes)).map { $0 / 3600 }
    }

    /// The hours written in `text`.
    ///
    /// - Throws: `JobError` for `field`, naming the value and the accepted forms.
    package static func hours(of text: String, field: JobField) throws(JobError) -> Double {
        var copy = text
        if let hours = copy.withUTF8({ hours($0) }) { return hours }
        let hint = Double(text) != nil ? " (a number needs a unit: \(text)h, \(text)m or \(text)s)" : ""
        throw JobError(field: field, message: "'\(text)' is not a duration\(hint); write \(examples)")
    }

    /// Seconds per unit word.
    private static let units: [(word: [UInt8], seconds: Double)] = [
        ("d", 86400), ("day", 86400), ("days", 86400),
        ("h", 3600), ("hr", 3600), ("hrs", 3600), ("hour", 3600), ("hours", 3600),
        ("m", 60), ("min", 60), ("mins", 60), ("minute", 60), ("minutes", 60),
        ("s", 1), ("sec", 1), ("secs", 1), ("second", 1), ("seconds", 1),
    ].map { (Array($0.0.utf8), $0.1) }

    /// A number at `index`: digits with an optional fraction; advances `index`.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, fraction: Bool) -> Double? {
        var value = 0.0, digits = 0
        while index < bytes.count, let digit = digit(bytes[index]) {
            value = value * 10 + Double(digit)
            digits += 1
            index += 1
        }
        if fraction, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 1.0
            while index < bytes.count, let digit = digit(bytes[index]) {
                scale /= 10
                value += Double(digit) * scale
                digits += 1
                index += 1
            }
        }
        return digits > 0 ? value : nil
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? {
        let value = byte &- UInt8(ascii: "0")
        return value < 10 ? Int(value) : nil
    }

    @inline(__always)
    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }

    /// Seconds of the units form, or nil.
    private static func unitSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0, total = 0.0, previousUnit = Double.infinity
        skipSpaces(bytes, &index)
        guard index < bytes.count else { return nil }
        while index < bytes.count {
            guard let value = number(bytes, &index, fraction: true) else { return nil }
            skipSpaces(bytes, &index)
            let start = index
            while index < bytes.count, (bytes[index] | 0x20) >= UInt8(ascii: "a"), (bytes[index] | 0x20) <= UInt8(ascii: "z") { index += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            guard let unit = units.first(where: { $0.word.count == word.count && zip($0.word, word).allSatisfy { $0 == $1 | 0x20 } }),
                unit.seconds < previousUnit
            else { return nil }
            previousUnit = unit.seconds
            total += value * unit.seconds
            skipSpaces(bytes, &index)
        }
        return total
    }

    /// Seconds of the clock form, or nil.
    private static func clockSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        skipSpaces(bytes, &index)
        var days: Double?
        var parts: (Double, Double, Double) = (0, 0, 0), count = 0
        while count < 3 {
            // Only the last possible part, seconds, may have a fraction.
            let isSeconds = days == nil ? count >= 1 : count == 2
            guard let value = number(bytes, &index, fraction: isSeconds) else { return nil }
            switch count {
            case 0: parts.0 = value
            case 1: parts.1 = value
            default: parts.2 = value
            }
            count += 1
            if days == nil, count == 1, index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                days = value
                count = 0
                index += 1
                continue
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { break }
            index += 1
        }
        skipSpaces(bytes, &index)
        guard index == bytes.count else { return nil }
        if let days {
            // D-HH, D-HH:MM, D-HH:MM:SS
            guard parts.0 < 24, parts.1 < 60, parts.2 < 60 else { return nil }
            return days * 86400 + parts.0 * 3600 + parts.1 * 60 + parts.2
        }
        switch count {
        case 2: // MM:SS
            guard parts.1 < 60 else { return nil }
            return parts.0 * 60 + parts.1
        case 3: // HH:MM:SS
            guard parts.1 < 60, parts.2 < 60 else { return nil }
            return parts.0 * 3600 + parts.1 * 60 + parts.2
        default:
            return nil
        }
    }
}
