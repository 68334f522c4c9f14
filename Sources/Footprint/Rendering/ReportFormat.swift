/// The output formats of the command's reports.
package enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned text for people.
    case table
    /// One JSON document.
    case json
    /// CSV with a header row.
    case csv
    /// One JSON object per line (streams).
    case ndjson
    /// One self-contained HTML page with inline CSS and SVG charts.
    case html
}
