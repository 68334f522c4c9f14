extension SVGChart {
    /// A horizontal bar chart: one row per bar, top to bottom, its label on the left, its
    /// value after the bar, and an x axis from 0 with ticks labelled in `unit`.
    ///
    /// A bar's width is `value / axis maximum` of the plot width, so widths are
    /// proportional to values; a marked bar is outlined (class `own`).
    package static func horizontalBars(_ bars: [Bar], unit: String, title: String) -> String {
        let rowHeight = 22.0, top = 8.0, labelWidth = 250.0, valueWidth = 90.0
        let plotWidth = width - labelWidth - valueWidth - 10
        let ticks = ticks(upTo: bars.map(\.value).max() ?? 0)
        let scale = ticks.last! > 0 ? plotWidth / ticks.last! : 0
        let axisY = top + rowHeight * Double(bars.count) + 4
        let height = axisY + 40
        var svg = open(height: height, title: title)
        for tick in ticks {
            let x = labelWidth + tick * scale
            svg += "<line class=\"tick\" x1=\"\(coordinate(x))\" y1=\"\(coordinate(top))\" x2=\"\(coordinate(x))\" y2=\"\(coordinate(axisY))\"/>\n"
            svg += text(tickText(tick), x: x, y: axisY + 15, anchor: "middle")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let barWidth = max(bar.value, 0) * scale
            let marked = bar.isMarked ? " own" : ""
            svg += text(clipped(bar.label, to: 38), x: labelWidth - 8, y: y + rowHeight * 0.68, anchor: "end")
            svg += "<rect class=\"bar \(bar.style)\(marked)\" x=\"\(coordinate(labelWidth))\" y=\"\(coordinate(y + 3))\" "
                + "width=\"\(NumberFormat.fixed(barWidth, 2))\" height=\"\(coordinate(rowHeight - 6))\" data-value=\"\(NumberFormat.json(bar.value))\">"
                + "<title>\(HTML.escape(bar.label)): \(HTML.escape(NumberFormat.readable(bar.value, digits: 4))) \(HTML.escape(unit))</title></rect>\n"
            svg += text(NumberFormat.readable(bar.value, digits: 4), x: labelWidth + barWidth + 6, y: y + rowHeight * 0.68)
        }
        svg += "<line class=\"axis\" x1=\"\(coordinate(labelWidth))\" y1=\"\(coordinate(axisY))\" x2=\"\(coordinate(labelWidth + plotWidth))\" y2=\"\(coordinate(axisY))\"/>\n"
        svg += text(unit, x: labelWidth + plotWidth / 2, y: axisY + 33, anchor: "middle", style: "muted")
        return svg + "</svg>\n"
    }
}
