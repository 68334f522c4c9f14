/// One row of a batch file, estimated: its cells as read and its estimate, or why it has none.
public struct BatchRow: Sendable {
    /// The longest record (1 MiB) the asynchronous `Catalog.estimates(csv:defaults:)` and
    /// `footprint batch` read: a longer one is one row error, skipped to the end of its line.
    public static var maxRecordBytes: Int { BatchStream.maxRecordBytes }

    /// The 1-based line where the row starts.
    public let line: Int
    /// The file's header, the names of `cells`.
    public let header: [String]
    /// The row's cells as read (quotes undone), in header order.
    public let cells: [String]
    /// The row's estimate, or the error that kept it from one.
    public let result: Result<Estimate, BatchRowError>

    /// The cell of the column named `column` exactly, if the header and the row have it.
    public subscript(column: String) -> String? {
        guard let index = header.firstIndex(of: column), index < cells.count else { return nil }
        return cells[index]
    }
}
