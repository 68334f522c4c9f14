/// The ids a batch processor writes (hardware, CPU and place ids), each kept once as
/// bytes, so that a row's results name them by index and stay plain numbers.
///
/// It holds the ids of the names a processor looked up, which the catalog bounds.
struct IDTable: Sendable {
    /// The ids' bytes, one after another, then `padding` zero bytes, so that a short id can
    /// be copied as whole words.
    private var bytes = [UInt8](repeating: 0, count: Self.padding)
    private var ranges: [Range<Int>] = []
    private var indices: [String: Int] = [:]
    /// The longest id's byte count.
    private(set) var longest = 0

    /// The bytes read past a short id's end when it is copied as words: the room a writer
    /// must have beyond the id.
    static let padding = 32

    /// The index of `id`, added on first sight.
    mutating func index(of id: String) -> Int {
        if let index = indices[id] { return index }
        bytes.removeLast(Self.padding)
        let start = bytes.count
        bytes.append(contentsOf: id.utf8)
        ranges.append(start..<bytes.count)
        longest = max(longest, bytes.count - start)
        bytes.append(contentsOf: repeatElement(0, count: Self.padding))
        indices[id] = ranges.count - 1
        return ranges.count - 1
    }

    /// Appends the id at `index` to `writer`, which must have room for the id and
    /// `padding` bytes more.
    @inline(__always)
    func append(_ index: Int, to writer: inout ByteWriter) {
        let range = ranges[index]
        bytes.withUnsafeBytes { bytes in
            let from = bytes.baseAddress! + range.lowerBound, to = UnsafeMutableRawPointer(writer.cursor)
            if range.count <= Self.padding {
                // Four words, no loop and no call: the id and some bytes after it, which the
                // next append overwrites.
                for word in 0..<(Self.padding / 8) {
                    to.storeBytes(of: from.loadUnaligned(fromByteOffset: 8 * word, as: UInt64.self), toByteOffset: 8 * word, as: UInt64.self)
                }
            } else {
                to.copyMemory(from: from, byteCount: range.count)
            }
        }
        writer.cursor += range.count
    }

    /// Calls `body` with the bytes of the id at `index`.
    @inline(__always)
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = ranges[index]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
