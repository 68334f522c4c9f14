/// A one-line picture of a zone's intensity over a time range, with the stretches a job
/// runs in marked: one column per hour (or per several hours when the range is longer
/// than `maxColumns` hours), under an axis of UTC hours.
///
/// ```
/// 1 column = 1 h from 2024-06-03T00:00:00Z (UTC); ░ ▒ ▓ low to high (24.0–420.0 gCO2e/kWh), █ chosen, · no data
///   00    06    12    18    00    06    12    18    00    06    12    18
///   ▓▓▓▓▓▓▓▒▒░░░░░░▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒░░████░▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒░░░░░░▒▒▓▓▓▓▓
/// ```
///
/// A column's shade is the time-weighted mean of the values inside it (gaps left out),
/// placed in the lower, middle or upper third between the lowest and highest column means;
/// a column any part of which the job runs in is `█`; a column without any data is `·`.
package enum IntensityStrip {
    /// The widest strip, in columns.
    package static let maxColumns = 72

    /// The strip of `zone` over `[from, to)` with `chosen` marked, as lines ending in a
    /// newline; empty when the range is empty.
    ///
    /// - Complexity: O(p + c) for p points of the zone and c columns.
    package static func render(_ zone: ZoneSeries, from: Int64, to: Int64, chosen: [ScheduledSlot], maxColumns: Int = maxColumns) -> String {
        guard to > from, maxColumns > 0 else { return "" }
        let hours = (to - from + 3599) / 3600
        let hoursPerColumn = (hours + Int64(maxColumns) - 1) / Int64(maxColumns)
        let width = hoursPerColumn * 3600
        let count = Int((to - from + width - 1) / width)
        var sums = [Double](repeating: 0, count: count)
        var covered = [Int64](repeating: 0, count: count)
        var marked = [Bool](repeating: false, count: count)
        for point in zone.points where point.end > from && point.start < to {
            guard let value = point.intensity else { continue }
            var t = max(point.start, from)
            let end = min(point.end, to)
            while t < end {
                let column = Int((t - from) / width)
                let piece = min(end, from + Int64(column + 1) * width) - t
                sums[column] += value * Double(piece)
                covered[column] += piece
                t += piece
            }
        }
        for slot in chosen {
            let start = max(slot.start, from), end = min(slot.end, to)
            guard start < end else { continue }
            for column in Int((start - from) / width)...Int((end - 1 - from) / width) { marked[column] = true }
        }
        let means = (0..<count).map { covered[$0] > 0 ? sums[$0] / Double(covered[$0]) : nil }
        let known = means.compactMap { $0 }
        let low = known.min() ?? 0, high = known.max() ?? 0
        var strip = ""
        for column in 0..<count {
            if marked[column] { strip += "█"; continue }
            guard let mean = means[column] else { strip += "·"; continue }
            let level = high > low ? (mean - low) / (high - low) : 0
            strip += level < 1.0 / 3 ? "░" : level < 2.0 / 3 ? "▒" : "▓"
        }
        var axis = [Character](repeating: " ", count: count)
        for column in stride(from: 0, to: count, by: 6) {
            let hour = Array(Timestamp.iso8601(from + Int64(column) * width).dropFirst(11).prefix(2))
            for (offset, digit) in hour.enumerated() where column + offset < count { axis[column + offset] = digit }
        }
        var axisText = String(axis)
        while axisText.last == " " { axisText.removeLast() }
        let range = known.isEmpty ? "no data" : "\(NumberFormat.fixed(low, 1))–\(NumberFormat.fixed(high, 1)) gCO2e/kWh"
        return "1 column = \(hoursPerColumn) h from \(Timestamp.iso8601(from)) (UTC); ░ ▒ ▓ low to high (\(range)), █ chosen, · no data\n"
            + "  " + axisText + "\n"
            + "  " + strip + "\n"
    }
}
