extension SVGChart {
    /// A time span in seconds since the epoch, `[start, end)`.
    package typealias Span = (start: Int64, end: Int64)

    /// A step chart of a time series over `[from, to)`: each point holds its value over its
    /// interval (one horizontal step of the path `series`; `data-steps` counts them);
    /// `shaded` spans are filled (class `window`), `gaps` hatched grey (class `gap`), and
    /// a dashed line marks `marker` (labelled `markerLabel`). The y axis starts at 0 and is
    /// labelled in `unit`; the x axis in UTC.
    package static func stepChart(
        _ points: [(span: Span, value: Double)], from: Int64, to: Int64, shaded: [Span], gaps: [Span],
        marker: Int64?, markerLabel: String, unit: String, title: String
    ) -> String {
        let left = 60.0, right = 16.0, top = 22.0, plotHeight = 240.0
        let plotWidth = width - left - right
        let height = top + plotHeight + 48
        let span = Double(max(to - from, 1))
        let ticks = ticks(upTo: points.map(\.value).max() ?? 0)
        let yScale = ticks.last! > 0 ? plotHeight / ticks.last! : 0
        func x(_ time: Int64) -> Double { left + Double(min(max(time, from), to) - from) / span * plotWidth }
        func y(_ value: Double) -> Double { top + plotHeight - value * yScale }
        func band(_ spanned: Span, style: String, note: String) -> String {
            let start = x(spanned.start), end = x(spanned.end)
            guard end > start else { return "" }
            return "<rect class=\"\(style)\" x=\"\(NumberFormat.fixed(start, 2))\" y=\"\(coordinate(top))\" width=\"\(NumberFormat.fixed(end - start, 2))\" "
                + "height=\"\(coordinate(plotHeight))\"><title>\(HTML.escape(note))</title></rect>\n"
        }

        var svg = open(height: height, title: title)
        for spanned in shaded {
            svg += band(spanned, style: "window", note: "chosen: \(Timestamp.iso8601(spanned.start)) – \(Timestamp.iso8601(spanned.end))")
        }
        for spanned in gaps {
            svg += band(spanned, style: "gap", note: "no data: \(Timestamp.iso8601(spanned.start)) – \(Timestamp.iso8601(spanned.end))")
        }
        for tick in ticks {
            svg += "<line class=\"tick\" x1=\"\(coordinate(left))\" y1=\"\(coordinate(y(tick)))\" x2=\"\(coordinate(left + plotWidth))\" y2=\"\(coordinate(y(tick)))\"/>\n"
            svg += text(tickText(tick), x: left - 6, y: y(tick) + 4, anchor: "end")
        }
        let hourSteps: [Int64] = [1, 2, 3, 6, 12, 24, 48, 96, 168, 336, 720, 1440, 2880, 8760]
        let hours: Int64 = max((to - from) / 3600, 1)
        let stepHours: Int64 = hourSteps.first { hours / $0 <= 8 } ?? 8760
        let stepSeconds: Int64 = stepHours * 3600
        var tick: Int64 = (from + stepSeconds - 1) / stepSeconds * stepSeconds
        while tick <= to {
            let stamp = Timestamp.iso8601(tick)
            let label = String(stamp.dropFirst(5).prefix(5)) + " " + String(stamp.dropFirst(11).prefix(5))
            svg += "<line class=\"tick\" x1=\"\(coordinate(x(tick)))\" y1=\"\(coordinate(top + plotHeight))\" x2=\"\(coordinate(x(tick)))\" y2=\"\(coordinate(top + plotHeight + 5))\"/>\n"
            let atEdge = x(tick) > left + plotWidth - 40
            svg += text(label, x: x(tick), y: top + plotHeight + 18, anchor: atEdge ? "end" : "middle")
            tick += stepSeconds
        }

        var path = "", previousEnd: Int64?, steps = 0
        for point in points where point.span.end > from && point.span.start < to {
            let start = x(point.span.start), end = x(point.span.end), level = coordinate(y(point.value))
            path += (previousEnd == point.span.start ? "L\(NumberFormat.fixed(start, 2)) \(level)" : "M\(NumberFormat.fixed(start, 2)) \(level)")
                + "H\(NumberFormat.fixed(end, 2))"
            previousEnd = point.span.end
            steps += 1
        }
        svg += "<path class=\"series\" data-steps=\"\(steps)\" d=\"\(path)\"/>\n"
        svg += "<line class=\"axis\" x1=\"\(coordinate(left))\" y1=\"\(coordinate(top + plotHeight))\" x2=\"\(coordinate(left + plotWidth))\" y2=\"\(coordinate(top + plotHeight))\"/>\n"
        svg += "<line class=\"axis\" x1=\"\(coordinate(left))\" y1=\"\(coordinate(top))\" x2=\"\(coordinate(left))\" y2=\"\(coordinate(top + plotHeight))\"/>\n"
        if let marker, marker >= from, marker <= to {
            svg += "<line class=\"now\" x1=\"\(coordinate(x(marker)))\" y1=\"\(coordinate(top))\" x2=\"\(coordinate(x(marker)))\" y2=\"\(coordinate(top + plotHeight))\"/>\n"
            svg += text(markerLabel, x: x(marker) + 4, y: top + 14)
        }
        svg += text(unit, x: 4, y: top - 10)
        svg += text("time (UTC)", x: left + plotWidth / 2, y: top + plotHeight + 40, anchor: "middle", style: "muted")
        return svg + "</svg>\n"
    }
}
