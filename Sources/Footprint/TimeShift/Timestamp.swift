/// ISO 8601 timestamps as whole seconds since the Unix epoch (1970-01-01T00:00:00Z).
///
/// The parser reads `YYYY-MM-DD`, a `T` (or a space), `hh:mm`, optional `:ss` and an
/// optional fraction (`.` or `,`, dropped: times are kept to the second), then `Z` or an
/// offset `±hh:mm`, `±hhmm` or `±hh`. Leading and trailing spaces are ignored. It does not
/// use Foundation: dates are converted with the proleptic Gregorian calendar.
///
/// ```swift
/// Timestamp.parse("2024-03-31T03:00:00+02:00")   // 1711846800
/// Timestamp.iso8601(1711846800)                    // "2024-03-31T01:00:00Z"
/// ```
package enum Timestamp {
    /// What the parser does with a timestamp that carries neither `Z` nor an offset.
    package enum MissingOffset: Sendable, Equatable {
        /// Not a valid timestamp (the canonical series format requires an offset).
        case reject
        /// Read as UTC (for columns documented as UTC, such as `Minutes5UTC`).
        case utc
        /// Read as a wall-clock time in the zone (the user said which).
        case zone(TimeZoneRule)
    }

    /// The seconds since the epoch of `text`, or `nil` when it is not a valid timestamp.
    ///
    /// - Parameters:
    ///   - text: an ISO 8601 timestamp.
    ///   - missingOffset: how to read a timestamp without `Z` or an offset.
    /// - Complexity: O(n) in the length of `text`.
    package static func parse(_ text: String, missingOffset: MissingOffset = .reject) -> Int64? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }

        func digits(_ count: Int) -> Int? {
            guard i + count <= bytes.count else { return nil }
            var value = 0
            for k in i..<(i + count) {
                let byte = bytes[k]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            i += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2) else {
            return nil
        }
        guard i < bytes.count, bytes[i] == 0x54 || bytes[i] == 0x74 || bytes[i] == 0x20 else { return nil }
        i += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2) else { return nil }
        var second = 0
        if expect(0x3A) {
            guard let s = digits(2) else { return nil }
            second = s
            if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x2C {
                i += 1
                let fractionStart = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i > fractionStart else { return nil }
            }
        }
        var offset = 0
        var rule: TimeZoneRule?
        if i == bytes.count {
            switch missingOffset {
            case .reject: return nil
            case .utc: break
            case let .zone(zone): rule = zone
            }
        } else if bytes[i] == 0x5A || bytes[i] == 0x7A {
            i += 1
        } else if bytes[i] == 0x2B || bytes[i] == 0x2D {
            let sign = bytes[i] == 0x2D ? -1 : 1
            i += 1
            guard let offsetHours = digits(2) else { return nil }
            var offsetMinutes = 0
            if i < bytes.count {
                _ = expect(0x3A)
                guard let m = digits(2) else { return nil }
                offsetMinutes = m
            }
            guard offsetHours <= 23, offsetMinutes <= 59 else { return nil }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return nil
        }
        guard i == bytes.count else { return nil }
        guard let utc = seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            return nil
        }
        if let rule { return rule.utc(fromWallClock: utc) }
        return utc - Int64(offset)
    }

    /// Whether `text` is a valid timestamp but for its missing offset.
    package static func lacksOffset(_ text: String) -> Bool {
        parse(text) == nil && parse(text, missingOffset: .utc) != nil
    }

    /// The seconds since the epoch of a UTC calendar date and time, or `nil` when a field is
    /// out of range (month 1–12, a day that exists in that month, hour 0–23, minute and
    /// second 0–59).
    package static func seconds(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        let days = daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day))
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// `seconds` since the epoch as `YYYY-MM-DDThh:mm:ssZ` (UTC), for years 0000–9999.
    package static func iso8601(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        let (year, month, day) = civilFromDays(days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3600, 2)):\(pad(rest % 3600 / 60, 2)):\(pad(rest % 60, 2))Z"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day number since 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A duration in seconds as `"4 h"`, `"90 min"` or `"1 h 30 min"` (whole seconds shown
    /// only when present), for messages.
    static func describe(seconds: Int64) -> String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        var parts: [String] = []
        if h > 0 { parts.append("\(h) h") }
        if m > 0 { parts.append("\(m) min") }
        if s > 0 || parts.isEmpty { parts.append("\(s) s") }
        return parts.joined(separator: " ")
    }
}
