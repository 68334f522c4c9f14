/// Rows of a built-in table found by name through a sorted list the build makes from `Data/`
/// (`EmbeddedTables.hardwareNames`, `.regionNames`, `.gridIDs`): finding the rows a name
/// denotes is a binary search and the parse of those records, instead of reading the whole
/// table and indexing its names.
enum BuiltInRows {
    /// The records of the built-in table `table` that `list` gives for `literal` (trimmed and
    /// lower-cased, as `NameIndex.literal` makes it), in table order under the table's
    /// header; nil when the list gives none.
    ///
    /// - Complexity: O(log n) in the number of names, plus the length of the records found.
    static func table(_ table: String, list: String, named literal: String) -> CSVTable? {
        var list = list
        let ranges: [Range<Int>] = list.withUTF8 { Self.ranges(of: Array(literal.utf8), in: $0) }
        guard !ranges.isEmpty, var text = EmbeddedTables.all.first(where: { $0.name == table })?.text else { return nil }
        let newline = UInt8(ascii: "\n")
        let bytes: [UInt8] = text.withUTF8 { text in
            var bytes = Array(text.prefix { $0 != newline })
            bytes.append(newline)
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.upperBound <= text.count {
                bytes += text[range]
            }
            return bytes
        }
        return try? CSVTable(name: table, bytes: bytes)
    }

    /// The built-in hardware rows whose id, name or alias is `literal`, in table order;
    /// empty when none is.
    static func hardware(named literal: String) -> [Hardware] {
        guard let table = table(Hardware.tableName, list: EmbeddedTables.hardwareNames, named: literal) else { return [] }
        return (try? Hardware.rows(from: table).map(\.value)) ?? []
    }

    /// The byte ranges listed for `name` in the sorted lines `name<TAB>start<TAB>end` of `list`.
    private static func ranges(of name: [UInt8], in list: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
        func lineStart(_ position: Int) -> Int {
            var start = position
            while start > 0, list[start - 1] != newline { start -= 1 }
            return start
        }
        func nextLine(_ start: Int) -> Int {
            var end = start
            while end < list.count, list[end] != newline { end += 1 }
            return end + 1
        }
        func key(_ start: Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
            list[start...].prefix { $0 != tab }
        }
        // The first line whose name is not below `name`.
        var low = 0, high = list.count
        while low < high {
            let middle = lineStart((low + high) / 2)
            if key(middle).lexicographicallyPrecedes(name) { low = nextLine(middle) } else { high = middle }
        }
        var found: [Range<Int>] = []
        var line = low
        while line < list.count, key(line).elementsEqual(name) {
            let numbers = list[line..<(nextLine(line) - 1)].split(separator: tab, omittingEmptySubsequences: false).dropFirst().compactMap { Int(String(decoding: $0, as: UTF8.self)) }
            if numbers.count == 2, numbers[0] < numbers[1] { found.append(numbers[0]..<numbers[1]) }
            line = nextLine(line)
        }
        return found
    }
}
