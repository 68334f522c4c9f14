/// How wall-clock times written without an offset map to UTC: a fixed offset (`UTC`,
/// `+01:00`), or a rule the caller supplies, such as an IANA zone's (the library has no
/// time-zone database; the command reads one through Foundation).
package struct TimeZoneRule: Sendable, Equatable, CustomStringConvertible {
    /// The name as given, such as `UTC`, `+01:00` or `Europe/London`.
    package let name: String
    /// Seconds east of UTC in force at a wall-clock time (given as seconds since the epoch
    /// as if it were UTC); nil when that time does not exist or is ambiguous there.
    private let offsetAt: @Sendable (Int64) -> Int64?

    /// A rule named `name` whose offset at a wall-clock time is `offsetAt(wallClock)`.
    package init(name: String, offsetAt: @escaping @Sendable (Int64) -> Int64?) {
        self.name = name
        self.offsetAt = offsetAt
    }

    /// A fixed offset: `UTC`, `GMT` or `Z`, or `±hh:mm`, `±hhmm`, `±hh`, optionally after
    /// `UTC` (`UTC+01:00`); nil for anything else.
    package static func fixed(_ text: String) -> TimeZoneRule? {
        var rest = Substring(text.trimmingWhitespace().uppercased())
        for prefix in ["UTC", "GMT"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        if rest.isEmpty || rest == "Z" { return TimeZoneRule(name: text) { _ in 0 } }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let digits = rest.dropFirst().filter { $0 != ":" }
        guard [2, 4].contains(digits.count), digits.allSatisfy(\.isASCII), let value = Int(digits), value >= 0 else { return nil }
        let hours = digits.count == 2 ? value : value / 100, minutes = digits.count == 2 ? 0 : value % 100
        guard hours <= 23, minutes <= 59, rest.dropFirst().filter({ $0 == ":" }).count <= (digits.count == 4 ? 1 : 0) else { return nil }
        let offset = Int64((sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60))
        return TimeZoneRule(name: text) { _ in offset }
    }

    /// The UTC seconds of a wall-clock time (seconds since the epoch as if it were UTC),
    /// or nil when that time does not exist or is ambiguous in this zone.
    package func utc(fromWallClock seconds: Int64) -> Int64? {
        offsetAt(seconds).map { seconds - $0 }
    }

    /// The name.
    package var description: String { name }

    /// Rules are equal when their names are.
    package static func == (lhs: TimeZoneRule, rhs: TimeZoneRule) -> Bool { lhs.name == rhs.name }
}
