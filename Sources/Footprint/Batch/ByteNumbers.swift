/// Fast parsing of plain decimal numbers straight from bytes, for batch cells.
///
/// Only the common form `[+-]digits[.digits]` with at most 15 significant digits is
/// handled here, exactly (an integer divided by an exact power of ten is correctly
/// rounded); anything else returns nil and the caller falls back to `JobField.parse`.
enum ByteNumbers {
    /// The value of `bytes` if it is a plain decimal, else nil.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0, negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, seenPoint = false
        guard index < bytes.count else { return nil }
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if mantissa > 0 || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if seenPoint { fraction += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index += 1
        }
        if seenPoint, fraction == 0 { return nil }
        guard fraction <= 22 else { return nil }
        let value = Double(mantissa) / NumberFormat.power10(fraction)
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
