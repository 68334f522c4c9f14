/// Fast parsing of plain decimal numbers straight from bytes, for batch cells.
///
/// Only the common form `[+-]digits[.digits]` with at most 15 significant digits is
/// handled here, exactly (an integer divided by an exact power of ten is correctly
/// rounded); anything else returns nil and the caller falls back to `JobField.parse`.
enum ByteNumbers {
    /// The fraction written in `bytes` as a plain decimal percentage (`60%` is 0.6), else nil.
    @inline(__always)
    static func percent(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let last = bytes.last, last == UInt8(ascii: "%") else { return nil }
        return decimal(UnsafeBufferPointer(rebasing: bytes.dropLast())).map { $0 / 100 }
    }

    /// The value of `bytes` if it is a plain decimal, else nil.
    @inline(__always)
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        var index = 0, negative = false
        if count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        guard index < count else { return nil }
        // Significant digits are counted from the first non-zero one; past 15 the
        // mantissa may wrap, but the number is refused then anyway.
        var mantissa: UInt64 = 0, significant = 0, fraction = 0
        while index < count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            if mantissa != 0 { significant += 1 }
            index += 1
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                if mantissa != 0 { significant += 1 }
                index += 1
            }
            fraction = index - start
            guard fraction > 0 else { return nil }
        }
        guard index == count, significant <= 15, fraction <= 22 else { return nil }
        // The mantissa is below 10^15 < 2^63: the signed conversion (one instruction) is exact.
        let value = Double(Int64(bitPattern: mantissa)) / NumberFormat.exactPower10(fraction)
        return negative ? -value : value
    }

    /// The value of `bytes` if it is a plain whole number that fits an `Int`, else nil.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
