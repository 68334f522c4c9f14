/// A growable byte buffer with a stable address, written through a `ByteWriter` without
/// per-byte capacity or uniqueness checks. Used for a batch's input chunk and output rows.
///
/// Not `Sendable`: a buffer belongs to one thread at a time (see `BatchWorker`).
final class ByteBuffer {
    /// The first byte.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes allocated.
    private(set) var capacity: Int
    /// Bytes in use, from `base`.
    var count = 0

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes in use.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Makes room for `extra` more bytes after `count`, keeping the content.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    /// Grows to at least `needed` bytes (by half at least), keeping the content.
    func grow(to needed: Int) {
        let newCapacity = max(needed, capacity + capacity / 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Moves `range` to the front and makes it the whole content.
    func keep(_ range: Range<Int>) {
        if range.lowerBound > 0, !range.isEmpty {
            base.update(from: base + range.lowerBound, count: range.count)
        }
        count = range.count
    }

    /// Writes at most `extra` bytes after `count` through a `ByteWriter`.
    @inline(__always)
    func write(reserving extra: Int, _ body: (inout ByteWriter) -> Void) {
        reserve(extra)
        var writer = ByteWriter(cursor: base + count)
        body(&writer)
        count = writer.cursor - base
    }
}

/// The fields of one record, in memory of its own: appending costs a store, not an
/// array's uniqueness and capacity checks.
///
/// Not `Sendable`: a buffer belongs to one thread.
final class FieldBuffer: CSVFieldSink {
    private var base: UnsafeMutablePointer<CSVField>
    private var capacity: Int
    /// The number of fields.
    private(set) var count = 0

    /// An empty buffer.
    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// The fields.
    var fields: UnsafeBufferPointer<CSVField> { UnsafeBufferPointer(start: base, count: count) }

    func removeAll() { count = 0 }

    @inline(__always)
    func append(_ field: CSVField) {
        if count == capacity { grow() }
        (base + count).initialize(to: field)
        count += 1
    }

    private func grow() {
        let newBase = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity * 2)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity *= 2
    }
}

/// Appends bytes at a cursor into memory reserved beforehand; it checks nothing.
struct ByteWriter {
    /// Where the next byte goes.
    var cursor: UnsafeMutablePointer<UInt8>

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        cursor.initialize(to: byte)
        cursor += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        cursor.initialize(from: start, count: bytes.count)
        cursor += bytes.count
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        cursor.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        cursor += text.utf8CodeUnitCount
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// `NumberFormat.json(value)`; takes at most `NumberFormat.maxJSONLength` bytes.
    @inline(__always)
    mutating func appendNumber(_ value: Double) {
        cursor += NumberFormat.writeJSON(value, to: cursor)
    }

    /// `utf8` as a quoted JSON string, exactly as `JSONValue.appendString` writes it;
    /// takes at most 6 bytes per input byte, plus 2.
    mutating func appendJSONString(_ utf8: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                append(byte)
                continue
            }
            append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
            case UInt8(ascii: "\n"): append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                append("u00")
                append(hex.utf8Start[Int(byte >> 4)])
                append(hex.utf8Start[Int(byte & 0xF)])
            }
        }
        append(UInt8(ascii: "\""))
    }
}

/// A hash table keyed by short byte strings (names as they stand in a batch file), and
/// bounded: once it holds `limit` entries it starts over, so a file of endless distinct
/// names cannot grow it.
///
/// A key of up to 16 bytes is read as two overlapping words, which both hash it and,
/// with its length, identify it: a lookup then needs no loop and no access to the
/// stored bytes. Longer keys are hashed and compared whole.
///
/// - Complexity: a lookup is O(key length) on average.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// A key and its value, together: a lookup reads one entry.
    private struct Entry: Sendable {
        let hash: UInt64
        let words: (UInt64, UInt64)
        let start: Int
        let count: Int
        let value: Value
    }

    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two, at
    /// least twice the entries.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var entries: [Entry] = []
    /// The bytes of keys longer than 16 bytes.
    private var keys: [UInt8] = []
    private let seed: UInt64
    /// The most entries held at once.
    let limit: Int

    /// An empty table holding at most `limit` entries.
    init(limit: Int) {
        self.limit = max(limit, 1)
        // A seed per table makes collisions hard to arrange from the input.
        seed = UInt64.random(in: 0...UInt64.max)
    }

    /// A key's first and last eight bytes (fewer, packed, for a key under eight bytes):
    /// with its length, all of a key of up to 16 bytes.
    @inline(__always)
    private static func words(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let count = key.count
        guard let base = key.baseAddress, count > 0 else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }
        if count >= 4 {
            let first = raw.loadUnaligned(as: UInt32.self), last = raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            return (UInt64(first) | UInt64(last) << 32, 0)
        }
        return (UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16, 0)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0x9FB2_1C65_1E98_DF25)
        return product.high ^ product.low
    }

    @inline(__always)
    private func hash(_ key: UnsafeBufferPointer<UInt8>, _ words: (UInt64, UInt64)) -> UInt64 {
        var hash = Self.mix(seed ^ UInt64(key.count) ^ words.0) ^ words.1
        if key.count > 16 {
            let raw = UnsafeRawPointer(key.baseAddress!)
            var offset = 8
            while offset < key.count - 8 {
                hash = Self.mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
        }
        return Self.mix(hash)
    }

    /// The value stored for `key`.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let words = Self.words(key)
        let hash = hash(key, words)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot]) - 1
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash, entry.count == key.count, entry.words == words,
               key.count <= 16 || matches(entry, key)
            {
                return entry.value
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the middle of a key over 16 bytes, between the words already compared,
    /// matches the entry's stored bytes.
    private func matches(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBytes { stored in
            let stored = stored.baseAddress! + entry.start, given = UnsafeRawPointer(key.baseAddress!)
            var offset = 8
            while offset < key.count - 8 {
                if stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != given.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset += 8
            }
            return true
        }
    }

    /// Stores `value` for `key`, which is not in the table.
    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        if entries.count >= limit {
            entries.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            for slot in slots.indices { slots[slot] = 0 }
        }
        if (entries.count + 1) * 2 > slots.count { rehash(slotCount: slots.count * 2) }
        let words = Self.words(key)
        entries.append(Entry(hash: hash(key, words), words: words, start: keys.count, count: key.count, value: value))
        if key.count > 16 { keys.append(contentsOf: key) }
        place(entries.count - 1)
    }

    private mutating func rehash(slotCount: Int) {
        slots = Array(repeating: 0, count: slotCount)
        for index in entries.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }
}

/// `NumberFormat.json` of values seen lately, for values that repeat from row to row (a
/// place's intensity and PUE): a direct-mapped table of 256 values and their text.
struct NumberTexts: Sendable {
    private static let slots = 256, width = NumberFormat.maxJSONLength
    private var keys = [UInt64](repeating: 0, count: slots)
    /// Text length per slot; 0 for an empty slot.
    private var lengths = [UInt8](repeating: 0, count: slots)
    private var texts = [UInt8](repeating: 0, count: slots * width)

    /// Appends `NumberFormat.json(value)` to `writer`, which must have room for
    /// `NumberFormat.maxJSONLength` bytes.
    @inline(__always)
    mutating func append(_ value: Double, to writer: inout ByteWriter) {
        let bits = value.bitPattern
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 56)
        let length = Int(lengths[slot])
        if length > 0, keys[slot] == bits {
            // Copies the whole slot, four words without a loop, then keeps `length` bytes:
            // the writer has room for `NumberFormat.maxJSONLength` (the slot width).
            texts.withUnsafeBytes { texts in
                let from = texts.baseAddress! + slot * Self.width, to = UnsafeMutableRawPointer(writer.cursor)
                for word in 0..<(Self.width / 8) {
                    to.storeBytes(of: from.loadUnaligned(fromByteOffset: 8 * word, as: UInt64.self), toByteOffset: 8 * word, as: UInt64.self)
                }
            }
            writer.cursor += length
            return
        }
        let start = writer.cursor
        writer.appendNumber(value)
        let count = writer.cursor - start
        keys[slot] = bits
        lengths[slot] = UInt8(count)
        texts.withUnsafeMutableBufferPointer { texts in
            (texts.baseAddress! + slot * Self.width).update(from: start, count: count)
        }
    }
}
