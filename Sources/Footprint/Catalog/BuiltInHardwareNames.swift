/// The exact names of the built-in hardware rows, listed at build time from `Data/hardware.csv`
/// (`EmbeddedTables.hardwareNames`): finding the row a name denotes is a binary search and
/// the parse of that one record, instead of reading the table's 4,600 rows and indexing
/// their 12,000 names.
enum BuiltInHardwareNames {
    /// The built-in rows whose id, name or alias is `literal` (trimmed and lower-cased, as
    /// `NameIndex.literal` makes it), in table order; empty when none is.
    ///
    /// - Complexity: O(log n) in the number of names, plus the length of the rows found.
    static func rows(named literal: String) -> [Hardware] {
        var list = EmbeddedTables.hardwareNames
        let ranges: [Range<Int>] = list.withUTF8 { Self.ranges(of: Array(literal.utf8), in: $0) }
        guard !ranges.isEmpty, let table = EmbeddedTables.all.first(where: { $0.name == Hardware.tableName }) else { return [] }
        var text = table.text
        return text.withUTF8 { bytes in
            let header = bytes.prefix { $0 != UInt8(ascii: "\n") }
            return ranges.sorted { $0.lowerBound < $1.lowerBound }.compactMap { range in
                let record = Array(header) + [UInt8(ascii: "\n")] + Array(bytes[range])
                return try? Hardware.rows(from: CSVTable(name: Hardware.tableName, bytes: record)).first?.value
            }
        }
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
            let numbers = list[line..<(nextLine(line) - 1)].split(separator: tab).dropFirst().compactMap { Int(String(decoding: $0, as: UTF8.self)) }
            if numbers.count == 2, numbers[0] < numbers[1] { found.append(numbers[0]..<numbers[1]) }
            line = nextLine(line)
        }
        return found
    }
}
