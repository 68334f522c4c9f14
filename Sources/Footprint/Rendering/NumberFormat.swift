/// Decimal formatting without Foundation: fixed decimals for tables, clean shortest
/// decimals for JSON and CSV.
package enum NumberFormat {
    /// `value` rounded to `decimals` places, e.g. `fixed(14.0000001, 2)` is `14.00`.
    package static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        guard abs(value) < 1e15 else { return json(value) }
        let scale = power10(decimals)
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled != 0
        var digits = String(Int64(scaled))
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (negative ? "-" : "") + digits
    }

    /// `value` with about `digits` significant digits, at most `maxDecimals` places and no
    /// trailing zeros, for humans: `62.3`, `0.0042`, `1234`, `1`.
    package static func readable(_ value: Double, digits: Int = 3, maxDecimals: Int = 6) -> String {
        guard value.isFinite, value != 0 else { return fixed(value, 0) }
        let magnitude = decimalExponent(value)
        let decimals = min(maxDecimals, max(0, digits - 1 - magnitude))
        return trimmingZeros(fixed(value, decimals))
    }

    /// `value` rounded to 12 significant digits and printed in its shortest form, with no
    /// exponent for ordinary magnitudes: `14`, `0.3`, `253.44`; `1e-07` below 1e-6.
    package static func json(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendJSON(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `json(value)` as UTF-8 to `bytes`, without making a `String` on the common path.
    ///
    /// - Complexity: O(1): at most about twenty digits.
    package static func appendJSON(_ value: Double, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxJSONLength) { buffer in
            let count = writeJSON(value, to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: count))
        }
    }

    /// The most bytes `writeJSON` writes (`-1.7976931348623157e+308` is 24).
    static let maxJSONLength = 32

    /// Writes `json(value)` as UTF-8 at `out`, which has room for `maxJSONLength` bytes,
    /// and returns the byte count.
    ///
    /// The rules: non-finite values are `null`; zero is `0`; magnitudes from 1e-6 up to
    /// 1e15 are rounded to 12 significant digits (half away from zero) and printed plain,
    /// without trailing zeros or a trailing point; others as Swift's `description`.
    ///
    /// Digits are made two at a time from a 200-byte table of digit pairs.
    /// - Complexity: O(1): at most about twenty digits.
    static func writeJSON(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else { return copy("null", to: out) }
        if value == 0 { out[0] = UInt8(ascii: "0"); return 1 }
        let magnitude = abs(value)
        guard magnitude >= 1e-6, magnitude < 1e15 else {
            var text = value.description
            return text.withUTF8 { utf8 in
                let count = min(utf8.count, maxJSONLength)
                out.update(from: utf8.baseAddress!, count: count)
                return count
            }
        }
        let exponent = magnitude >= 1 ? integerExponent(magnitude) : decimalExponent(magnitude)
        let decimals = max(0, 11 - exponent)
        // magnitude × 10^decimals lies in [1e10, 1e15) < 2^50, where adding 0.5 is exact:
        // truncating the sum rounds half away from zero, as `rounded()` does, without libm.
        let scaled = UInt64(Int64(magnitude * exactPower10(decimals) + 0.5))
        var position = 0
        if value < 0 { out[0] = UInt8(ascii: "-"); position = 1 }
        let count = digitCount(scaled)
        if decimals == 0 {
            writeDigits(scaled, endingAt: out + position + count)
            return position + count
        }
        if count <= decimals {
            // 0.000ddd: the digits end exactly `decimals` places after the point.
            out[position] = UInt8(ascii: "0")
            out[position + 1] = UInt8(ascii: ".")
            var index = position + 2
            while index < position + 2 + decimals - count { out[index] = UInt8(ascii: "0"); index += 1 }
            var end = position + 2 + decimals
            writeDigits(scaled, endingAt: out + end)
            while out[end - 1] == UInt8(ascii: "0") { end -= 1 }   // stops at scaled's last non-zero digit
            return end
        }
        // ddd.ddd: write the digits one place right, move the whole part back over the gap.
        let point = position + count - decimals
        var end = position + count + 1
        writeDigits(scaled, endingAt: out + end)
        for index in position..<point { out[index] = out[index + 1] }
        out[point] = UInt8(ascii: ".")
        while end > point + 1, out[end - 1] == UInt8(ascii: "0") { end -= 1 }
        return end == point + 1 ? point : end
    }

    /// Writes the decimal digits of `number` (at least one) so that the last ends before `end`.
    @inline(__always)
    private static func writeDigits(_ number: UInt64, endingAt end: UnsafeMutablePointer<UInt8>) {
        let pairs = digitPairs
        var number = number, cursor = end
        while number >= 100 {
            let next = number / 100
            let pair = Int(truncatingIfNeeded: number &- next &* 100) &* 2
            cursor -= 2
            cursor[0] = pairs[pair]
            cursor[1] = pairs[pair + 1]
            number = next
        }
        if number >= 10 {
            let pair = Int(truncatingIfNeeded: number) &* 2
            cursor[-2] = pairs[pair]
            cursor[-1] = pairs[pair + 1]
        } else {
            cursor[-1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: number)
        }
    }

    /// The number of decimal digits of `number` (1 for 0).
    @inline(__always)
    private static func digitCount(_ number: UInt64) -> Int {
        let estimate = ((64 - number.leadingZeroBitCount) &* 1233) >> 12   // ⌊log10(2^bits)⌋
        return number < exactIntegerPower10(estimate) ? max(estimate, 1) : estimate + 1
    }

    /// 10^exponent for 0 ≤ exponent ≤ 19, from a table: a load, where a `switch` would
    /// compile to an indirect jump that mispredicts as magnitudes vary from row to row.
    @inline(__always)
    private static func exactIntegerPower10(_ exponent: Int) -> UInt64 {
        integerPowers10[exponent]
    }

    /// 10^exponent for 0 ≤ exponent ≤ 22 (exact doubles), from a table (see `exactIntegerPower10`).
    @inline(__always)
    static func exactPower10(_ exponent: Int) -> Double {
        powers10[exponent]
    }

    /// 10^0 ... 10^19.
    private static let integerPowers10: [UInt64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ]

    /// 10^0 ... 10^22, each exact.
    private static let powers10: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// "00" "01" ... "99": the two digits of every number below 100.
    private static var digitPairs: UnsafePointer<UInt8> {
        ("00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899" as StaticString).utf8Start
    }

    private static func copy(_ text: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }

    /// `decimalExponent(value)` for 1 ≤ `value` < 1e22: the binary exponent gives it to
    /// within one, and one comparison with an exact power of ten settles it.
    @inline(__always)
    private static func integerExponent(_ value: Double) -> Int {
        let binary = Int(truncatingIfNeeded: (value.bitPattern >> 52) & 0x7FF) - 1023   // 2^binary ≤ value < 2^(binary+1)
        let estimate = (binary &* 78913) >> 18   // ⌊binary × log10(2)⌋
        return estimate < 22 && exactPower10(estimate + 1) <= value ? estimate + 1 : estimate
    }

    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.last == "0" { result = result.dropLast() }
        if result.last == "." { result = result.dropLast() }
        return String(result)
    }

    /// The power of ten of `value`'s leading digit: 2 for 123.4, -3 for 0.0012.
    private static func decimalExponent(_ value: Double) -> Int {
        let magnitude = abs(value)
        if magnitude >= 1, magnitude < 1e22 {
            var exponent = 0
            while exponent < 22, exactPower10(exponent + 1) <= magnitude { exponent += 1 }
            return exponent
        }
        var scaled = magnitude, exponent = 0
        while scaled >= 10 { scaled /= 10; exponent += 1 }
        while scaled < 1 { scaled *= 10; exponent -= 1 }
        return exponent
    }

    /// 10^exponent; exact for exponents up to 22.
    static func power10(_ exponent: Int) -> Double {
        precondition(exponent >= 0, "negative power of ten")
        if exponent <= 22 { return exactPower10(exponent) }
        return exactPower10(22) * power10(exponent - 22)
    }
}
