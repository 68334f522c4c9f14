import Foundation
import Footprint

/// `--timezone`: how `when` reads series timestamps written without an offset. A fixed
/// offset (`UTC`, `+01:00`) is read by the library; an IANA name (`Europe/London`) through
/// Foundation's time-zone database, refusing wall-clock times that a change of offset skips
/// or repeats.
enum TimeZoneOption {
    /// The option.
    static let spec = OptionSpec(
        name: "timezone", valueName: "ZONE",
        help: "time zone of series timestamps written without an offset: UTC, +01:00 or an IANA name such as Europe/London (never guessed)")

    /// The rule `--timezone` names, or nil when it is absent.
    ///
    /// - Throws: `CLIError.usage` for a name that is neither an offset nor a known zone.
    static func rule(_ arguments: ParsedArguments) throws(CLIError) -> TimeZoneRule? {
        guard let text = arguments.values[spec.name] else { return nil }
        if let fixed = TimeZoneRule.fixed(text) { return fixed }
        guard text.contains("/"), let zone = TimeZone(identifier: text) else {
            throw .usage("--timezone: unknown time zone '\(text)' (give UTC, an offset such as +01:00, or an IANA name such as Europe/London)")
        }
        return TimeZoneRule(name: text) { wallClock in
            // The offsets in force half a day either side; a wall-clock time is valid for
            // an offset that is in force at the instant it gives. Exactly one must be.
            let offsets = Set([-43_200, 43_200].map { Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(wallClock + $0)))) })
            let valid = offsets.filter { Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(wallClock - $0)))) == $0 }
            return valid.count == 1 ? valid.first : nil
        }
    }
}
