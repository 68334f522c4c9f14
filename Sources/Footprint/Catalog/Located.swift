/// A parsed table row with the file and line it came from, for error messages.
struct Located<Value: Sendable>: Sendable {
    let value: Value
    let file: String
    let line: Int

    /// A fault about this row.
    func fault(_ message: String) -> DataError {
        DataError(file: file, line: line, message: message)
    }
}

extension Array {
    /// The rows of all layers, later layers replacing earlier rows with the same id and
    /// adding new ids at the end; order is otherwise kept.
    ///
    /// - Throws: `DataError` when one layer repeats an id.
    static func merging<Value>(_ layers: [[Located<Value>]], id: (Value) -> String) throws(DataError) -> [Located<Value>]
    where Element == Located<Value> {
        var merged: [Located<Value>] = []
        var positions: [String: Int] = [:]
        for layer in layers {
            var seen: [String: Int] = [:]
            for row in layer {
                let key = id(row.value)
                if let firstLine = seen[key] {
                    throw row.fault("duplicate id '\(key)' (first on line \(firstLine))")
                }
                seen[key] = row.line
                if let position = positions[key] {
                    merged[position] = row
                } else {
                    positions[key] = merged.count
                    merged.append(row)
                }
            }
        }
        return merged
    }
}
