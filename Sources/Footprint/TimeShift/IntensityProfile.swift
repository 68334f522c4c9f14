/// The cumulative intensity of one zone over time (internal): the prefix sums behind
/// `WindowSearch`, so that any window's average costs two binary searches.
///
/// The covered time is a list of segments in time order. Under `.step` a segment is one
/// interval with a value; under `.linear` it joins two adjacent points. Segments that touch
/// (`end == next start`) form a run; a window is valid only inside one run.
struct IntensityProfile {
    private(set) var starts: [Int64] = []
    private(set) var ends: [Int64] = []
    private var startValues: [Double] = []
    private var endValues: [Double] = []
    /// Integral of intensity × seconds from the first segment's start to each start.
    private var cumulative: [Double] = []
    private var runs: [Int32] = []

    init(_ zone: ZoneSeries, interpolation: Interpolation) {
        let points = zone.points
        starts.reserveCapacity(points.count)
        ends.reserveCapacity(points.count)
        startValues.reserveCapacity(points.count)
        endValues.reserveCapacity(points.count)
        switch interpolation {
        case .step:
            for point in points {
                guard let value = point.intensity else { continue }
                append(point.start, point.end, value, value)
            }
        case .linear:
            for k in points.indices.dropLast() {
                let a = points[k], b = points[k + 1]
                guard let va = a.intensity, let vb = b.intensity, a.end == b.start else { continue }
                append(a.start, b.start, va, vb)
            }
        }
    }

    private mutating func append(_ start: Int64, _ end: Int64, _ v0: Double, _ v1: Double) {
        let k = starts.count
        let total = k == 0 ? 0 : cumulative[k - 1] + Double(ends[k - 1] - starts[k - 1]) * (startValues[k - 1] + endValues[k - 1]) / 2
        let run: Int32 = k == 0 ? 0 : (ends[k - 1] == start ? runs[k - 1] : runs[k - 1] + 1)
        starts.append(start)
        ends.append(end)
        startValues.append(v0)
        endValues.append(v1)
        cumulative.append(total)
        runs.append(run)
    }

    var isEmpty: Bool { starts.isEmpty }

    /// The segment with `start ≤ t < end`, if any.
    private func segment(startingWindowAt t: Int64) -> Int? {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= t { low = mid + 1 } else { high = mid }
        }
        let k = low - 1
        return k >= 0 && t < ends[k] ? k : nil
    }

    /// The segment with `start < t ≤ end`, if any.
    private func segment(endingWindowAt t: Int64) -> Int? {
        var low = 0, high = ends.count
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] < t { low = mid + 1 } else { high = mid }
        }
        return low < ends.count && starts[low] < t ? low : nil
    }

    /// The integral up to `t`, inside segment `k`.
    private func integral(at t: Int64, in k: Int) -> Double {
        let x = Double(t - starts[k])
        let slope = (endValues[k] - startValues[k]) / Double(ends[k] - starts[k])
        return cumulative[k] + startValues[k] * x + slope * x * x / 2
    }

    /// The time-weighted mean intensity over `[from, to)`, or `nil` when data do not cover
    /// it without a gap.
    ///
    /// - Complexity: O(log n).
    func average(from: Int64, to: Int64) -> Double? {
        guard to > from, let first = segment(startingWindowAt: from), let last = segment(endingWindowAt: to),
              runs[first] == runs[last] else { return nil }
        return (integral(at: to, in: last) - integral(at: from, in: first)) / Double(to - from)
    }
}
