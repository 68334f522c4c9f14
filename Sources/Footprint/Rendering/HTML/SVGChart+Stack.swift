extension SVGChart {
    /// One bar split into `segments` left to right, each as wide as its share of the total,
    /// with a legend under it giving each segment's value in `unit` and its percentage.
    package static func stackedBar(_ segments: [Bar], unit: String, title: String) -> String {
        let total = segments.reduce(0) { $0 + max($1.value, 0) }
        let left = 10.0, plotWidth = width - 20, barHeight = 36.0
        let legendTop = barHeight + 30, lineHeight = 20.0
        let height = legendTop + lineHeight * Double(segments.count) + 6
        var svg = open(height: height, title: title)
        var x = left
        for segment in segments {
            let share = total > 0 ? max(segment.value, 0) / total : 0
            let segmentWidth = share * plotWidth
            svg += "<rect class=\"bar \(segment.style)\" x=\"\(NumberFormat.fixed(x, 2))\" y=\"8\" width=\"\(NumberFormat.fixed(segmentWidth, 2))\" "
                + "height=\"\(coordinate(barHeight))\" data-value=\"\(NumberFormat.json(segment.value))\">"
                + "<title>\(HTML.escape(segment.label)): \(HTML.escape(NumberFormat.readable(segment.value, digits: 4))) \(HTML.escape(unit))</title></rect>\n"
            x += segmentWidth
        }
        svg += text("0", x: left, y: barHeight + 22, style: "muted")
        svg += text("\(NumberFormat.readable(total, digits: 4)) \(unit)", x: left + plotWidth, y: barHeight + 22, anchor: "end", style: "muted")
        for (index, segment) in segments.enumerated() {
            let y = legendTop + lineHeight * Double(index)
            let percent = total > 0 ? max(segment.value, 0) / total * 100 : 0
            svg += "<rect class=\"\(segment.style)\" x=\"\(coordinate(left))\" y=\"\(coordinate(y))\" width=\"12\" height=\"12\"/>\n"
            svg += text(
                "\(segment.label): \(NumberFormat.readable(segment.value, digits: 4)) \(unit) (\(NumberFormat.fixed(percent, 1)) %)",
                x: left + 20, y: y + 11)
        }
        return svg + "</svg>\n"
    }
}
