/// Charts drawn as inline SVG, sized by a `viewBox` so they scale to the page; colours
/// come from CSS classes of the page (`HTML.document`), so light and dark mode both work.
///
/// Every mark carries its number: a bar is `<rect class="bar …" data-value="…">` whose
/// width is proportional to the value, so tests and the browser check can count and
/// measure them.
package enum SVGChart {
    /// The drawing width of every chart, in SVG units.
    package static let width = 880.0

    /// One bar (or segment) of a chart.
    package struct Bar: Sendable, Equatable {
        /// What the bar is (escaped when drawn).
        package var label: String
        /// Its value, ≥ 0.
        package var value: Double
        /// The CSS class of its colour, such as `p-aws` or `s2`.
        package var style: String
        /// Whether the bar is outlined as the one to notice (the job's own location).
        package var isMarked: Bool

        /// A bar of `value` labelled `label`, coloured by the class `style`.
        package init(label: String, value: Double, style: String = "bar", isMarked: Bool = false) {
            self.label = label
            self.value = value
            self.style = style
            self.isMarked = isMarked
        }
    }

    /// The colour class of a cloud provider: its own for the large ones, `p-other` else.
    package static func providerStyle(_ provider: String?) -> String {
        switch provider {
        case "aws", "gcp", "azure", "oci", "ibm": "p-" + provider!
        default: "p-other"
        }
    }

    /// Tick values from 0 to a round number at or above `maximum`: 0, step, 2 × step, …
    /// with the step 1, 2 or 5 times a power of ten, about four ticks in all.
    static func ticks(upTo maximum: Double) -> [Double] {
        guard maximum > 0, maximum.isFinite else { return [0, 1] }
        let rough = maximum / 4
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        let count = Int((maximum / step).rounded(.up))
        return (0...max(count, 1)).map { Double($0) * step }
    }

    /// A number for an axis label.
    static func tickText(_ value: Double) -> String { NumberFormat.readable(value, digits: 3) }

    /// `text` cut to `limit` characters, with an ellipsis when cut.
    static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A coordinate, to 0.1 unit.
    static func coordinate(_ value: Double) -> String { NumberFormat.fixed(value, 1) }

    /// The opening tag of a chart `height` units high, with an accessible title.
    static func open(height: Double, title: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(coordinate(width)) \(coordinate(height))\" "
            + "role=\"img\" aria-label=\"\(HTML.escape(title))\"><title>\(HTML.escape(title))</title>\n"
    }

    /// A text element at (`x`, `y`) with escaped content.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", style: String? = nil) -> String {
        let styleAttribute = style.map { " class=\"\($0)\"" } ?? ""
        return "<text x=\"\(coordinate(x))\" y=\"\(coordinate(y))\" text-anchor=\"\(anchor)\"\(styleAttribute)>\(HTML.escape(content))</text>\n"
    }
}
