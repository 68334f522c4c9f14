/// Whether an intensity value was measured or predicted.
public enum ReadingKind: String, Sendable, Equatable, CaseIterable {
    /// A measured (historical) value.
    case actual
    /// A predicted value.
    case forecast
}

/// One raw value of a grid's carbon intensity, as read from a file or built by a caller:
/// the input to `IntensitySeries`.
public struct IntensityReading: Sendable, Equatable {
    /// The grid zone (or location) the value belongs to.
    public var zone: String
    /// The start of the interval the value holds for, in seconds since the Unix epoch.
    public var start: Int64
    /// The intensity in gCO2e/kWh; `nil` means missing.
    public var intensity: Double?
    /// The length of the interval in seconds; `nil` means "the zone's most common step".
    public var durationSeconds: Int64?
    /// Whether the value is measured or predicted, when the source says.
    public var kind: ReadingKind?
    /// The 1-based line of the source file the value came from, for error messages.
    public var line: Int?

    /// A reading of `intensity` gCO2e/kWh in `zone` from `start`.
    public init(
        zone: String, start: Int64, intensity: Double?, durationSeconds: Int64? = nil,
        kind: ReadingKind? = nil, line: Int? = nil
    ) {
        self.zone = zone
        self.start = start
        self.intensity = intensity
        self.durationSeconds = durationSeconds
        self.kind = kind
        self.line = line
    }
}

/// One interval of a `ZoneSeries`: a value holding over `[start, end)`.
package struct IntensityPoint: Sendable, Equatable {
    /// The start of the interval, in seconds since the Unix epoch.
    public let start: Int64
    /// The length of the interval in seconds (explicit, or the zone's step).
    public let durationSeconds: Int64
    /// The intensity in gCO2e/kWh; `nil` means missing.
    public let intensity: Double?
    /// Whether the value is measured or predicted, when known.
    public let kind: ReadingKind?

    /// A point over `[start, start + durationSeconds)`.
    public init(start: Int64, durationSeconds: Int64, intensity: Double?, kind: ReadingKind? = nil) {
        self.start = start
        self.durationSeconds = durationSeconds
        self.intensity = intensity
        self.kind = kind
    }

    /// The end of the interval (exclusive), in seconds since the Unix epoch.
    public var end: Int64 { start + durationSeconds }
}
