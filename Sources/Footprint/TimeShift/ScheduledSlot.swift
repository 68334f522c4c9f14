/// A stretch of time during which a paused-and-resumed job runs: part or all of one
/// interval of the series, at that interval's intensity.
package struct ScheduledSlot: Sendable, Equatable {
    /// When running starts, in seconds since the Unix epoch.
    public let start: Int64
    /// When running stops (exclusive).
    public let end: Int64
    /// The intensity during the slot, in gCO2e/kWh.
    public let intensity: Double

    /// A slot over `[start, end)` at `intensity`.
    public init(start: Int64, end: Int64, intensity: Double) {
        self.start = start
        self.end = end
        self.intensity = intensity
    }

    /// The slot's length in seconds.
    public var durationSeconds: Int64 { end - start }

    /// The intervals of `zone` that have a value, clipped to `[from, to)`, in time order.
    static func available(in zone: ZoneSeries, from: Int64, to: Int64) -> [ScheduledSlot] {
        var slots: [ScheduledSlot] = []
        for point in zone.points {
            guard let value = point.intensity else { continue }
            let start = max(point.start, from), end = min(point.end, to)
            if start < end { slots.append(ScheduledSlot(start: start, end: end, intensity: value)) }
        }
        return slots
    }

    /// The time-weighted mean intensity of `slots`.
    static func average(_ slots: [ScheduledSlot]) -> Double {
        var weighted = 0.0, seconds: Int64 = 0
        for slot in slots {
            weighted += slot.intensity * Double(slot.durationSeconds)
            seconds += slot.durationSeconds
        }
        return seconds > 0 ? weighted / Double(seconds) : 0
    }
}
