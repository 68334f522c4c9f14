/// The ids a batch processor writes (hardware, CPU and place ids), each kept once as
/// bytes, so that a row's results name them by index and stay plain numbers.
///
/// It holds the ids of the names a processor looked up, which the catalog bounds.
struct IDTable: Sendable {
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []
    private var indices: [String: Int] = [:]
    /// The longest id's byte count.
    private(set) var longest = 0

    /// The index of `id`, added on first sight.
    mutating func index(of id: String) -> Int {
        if let index = indices[id] { return index }
        let start = bytes.count
        bytes.append(contentsOf: id.utf8)
        ranges.append(start..<bytes.count)
        longest = max(longest, bytes.count - start)
        indices[id] = ranges.count - 1
        return ranges.count - 1
    }

    /// Calls `body` with the bytes of the id at `index`.
    @inline(__always)
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = ranges[index]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
