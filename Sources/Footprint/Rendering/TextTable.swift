/// Plain-text columns padded to their widest cell; numbers right-aligned.
package struct TextTable: Sendable {
    /// How a column's cells line up.
    package enum Alignment: Sendable { case left, right }

    /// Column titles; an empty array prints no header.
    package var header: [String]
    /// The cells, row by row.
    package var rows: [[String]]
    /// Alignment per column (missing ones are left-aligned).
    package var alignments: [Alignment]

    /// A table.
    package init(header: [String], rows: [[String]], alignments: [Alignment]) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
    }

    /// The table as lines, each indented by `indent` spaces, ending in a newline.
    package func rendered(indent: Int = 0) -> String {
        let all = header.isEmpty ? rows : [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        var text = ""
        for row in all {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let alignment = column < alignments.count ? alignments[column] : .left
                let isLast = column == row.count - 1
                cells.append(alignment == .right ? padding + cell : (isLast ? cell : cell + padding))
            }
            text += String(repeating: " ", count: indent) + cells.joined(separator: "  ") + "\n"
        }
        return text
    }
}
