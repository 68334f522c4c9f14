/// Builds self-contained HTML pages: escaped text, small tables, and one page with inline
/// CSS (light and dark via `prefers-color-scheme`, print-friendly), no scripts and no
/// external requests.
package enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in text and in
    /// quoted attribute values.
    package static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A table of escaped cells with an optional header row; columns listed in `numeric`
    /// are right-aligned.
    package static func table(header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { column, cell in
                let align = numeric.contains(column) ? " class=\"num\"" : ""
                return "<\(tag)\(align)>\(escape(cell))</\(tag)>"
            }.joined()
        }
        var html = "<table>"
        if !header.isEmpty { html += "<thead><tr>" + cells(header, tag: "th") + "</tr></thead>" }
        html += "<tbody>" + rows.map { "<tr>" + cells($0, tag: "td") + "</tr>" }.joined() + "</tbody></table>\n"
        return html
    }

    /// A section with an escaped heading around `body` (HTML).
    package static func section(_ heading: String, _ body: String) -> String {
        "<section><h2>\(escape(heading))</h2>\n\(body)</section>\n"
    }

    /// A bulleted list of escaped items.
    package static func list(_ items: [String]) -> String {
        "<ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
    }

    /// Large headline figures: each an escaped label, value and note.
    package static func figures(_ figures: [(label: String, value: String, note: String)]) -> String {
        "<div class=\"figures\">" + figures.map { figure in
            "<div class=\"figure\"><div class=\"label\">\(escape(figure.label))</div>"
                + "<div class=\"value\">\(escape(figure.value))</div><div class=\"note\">\(escape(figure.note))</div></div>"
        }.joined() + "</div>\n"
    }

    /// A whole page: the escaped `title` and `subtitle` over `body` (HTML), with the style
    /// sheet inline and a footer naming the tool.
    package static func document(title: String, subtitle: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <main>
        <h1>\(escape(title))</h1>
        <p class="subtitle">\(escape(subtitle))</p>
        \(body)<footer>Made by Footprint: an estimate from rated power and published average factors, not a measurement.</footer>
        </main>
        </body>
        </html>

        """
    }

    /// The page's style sheet: colours as custom properties, swapped for dark mode; charts
    /// take their colours from classes.
    static let style = """
        :root { color-scheme: light dark; --fg: #1d232a; --bg: #ffffff; --muted: #5a6570; --line: #d5dbe1; --panel: #f4f6f8;
          --bar: #3a7d5c; --own: #c2410c; --c1: #3a7d5c; --c2: #2f6fb0; --c3: #b7791f; --c4: #8e5bb5; --c5: #c2410c; --c6: #6b7280;
          --aws: #e07b00; --gcp: #2f6fb0; --azure: #0f8fc7; --oci: #c74634; --ibm: #4a5dd8; --other: #6b8e23; --grid: #7a8691;
          --shade: rgba(58, 125, 92, 0.22); --gap: rgba(120, 120, 120, 0.28); }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e4e9ee; --bg: #12161b; --muted: #9aa6b2; --line: #2f3943; --panel: #1b2128;
            --bar: #5fbf8f; --own: #fb8c4c; --c1: #5fbf8f; --c2: #6aa8e8; --c3: #e3b04b; --c4: #b98be0; --c5: #fb8c4c; --c6: #9ca3af;
            --aws: #ff9f2e; --gcp: #6aa8e8; --azure: #4cc3f0; --oci: #ef7a6a; --ibm: #8d9bff; --other: #a4c65a; --grid: #7d8894;
            --shade: rgba(95, 191, 143, 0.25); --gap: rgba(160, 160, 160, 0.3); }
        }
        html { background: var(--bg); color: var(--fg); }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 960px; margin: 0 auto; padding: 24px 20px 40px; }
        h1 { font-size: 1.6em; margin: 0 0 4px; }
        h2 { font-size: 1.15em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        .subtitle, footer, .note, .caption { color: var(--muted); }
        footer { margin-top: 32px; font-size: 0.85em; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
        .figure { flex: 1 1 200px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; min-width: 0; }
        .figure .label { font-size: 0.85em; color: var(--muted); }
        .figure .value { font-size: 1.7em; font-weight: 600; overflow-wrap: anywhere; }
        .figure .note { font-size: 0.85em; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
        th { font-weight: 600; color: var(--muted); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        svg.chart { width: 100%; height: auto; display: block; margin: 8px 0; }
        svg.chart text { fill: var(--fg); font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        svg.chart .axis { stroke: var(--grid); stroke-width: 1; }
        svg.chart .tick { stroke: var(--line); stroke-width: 1; }
        svg.chart .bar { fill: var(--bar); }
        svg.chart .own { stroke: var(--own); stroke-width: 3; }
        svg.chart .p-aws { fill: var(--aws); } svg.chart .p-gcp { fill: var(--gcp); } svg.chart .p-azure { fill: var(--azure); }
        svg.chart .p-oci { fill: var(--oci); } svg.chart .p-ibm { fill: var(--ibm); } svg.chart .p-other { fill: var(--other); }
        svg.chart .s1 { fill: var(--c1); } svg.chart .s2 { fill: var(--c2); } svg.chart .s3 { fill: var(--c3); }
        svg.chart .s4 { fill: var(--c4); } svg.chart .s5 { fill: var(--c5); } svg.chart .s6 { fill: var(--c6); }
        svg.chart .series { fill: none; stroke: var(--c2); stroke-width: 2; }
        svg.chart .window { fill: var(--shade); }
        svg.chart .gap { fill: var(--gap); }
        svg.chart .now { stroke: var(--own); stroke-width: 2; stroke-dasharray: 4 3; }
        svg.chart .muted { fill: var(--muted); }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 0.85em; margin: 4px 0 8px; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: baseline; }
        @media print {
          html { background: #fff; color: #000; }
          main { max-width: none; padding: 0; }
          section, svg.chart, table { break-inside: avoid; }
          .figure { border-color: #999; }
        }
        """
}
