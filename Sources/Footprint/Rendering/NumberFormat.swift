/// Decimal formatting without Foundation: fixed decimals for tables, clean shortest
/// decimals for JSON and CSV.
public enum NumberFormat {
    /// `value` rounded to `decimals` places, e.g. `fixed(14.0000001, 2)` is `14.00`.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
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
    public static func readable(_ value: Double, digits: Int = 3, maxDecimals: Int = 6) -> String {
        guard value.isFinite, value != 0 else { return fixed(value, 0) }
        let magnitude = decimalExponent(value)
        let decimals = min(maxDecimals, max(0, digits - 1 - magnitude))
        return trimmingZeros(fixed(value, decimals))
    }

    /// `value` rounded to 12 significant digits and printed in its shortest form, with no
    /// exponent for ordinary magnitudes: `14`, `0.3`, `253.44`; `1e-07` below 1e-6.
    public static func json(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendJSON(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `json(value)` as UTF-8 to `bytes`, without making a `String` on the common path.
    ///
    /// - Complexity: O(1): at most about twenty digits.
    public static func appendJSON(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { bytes.append(contentsOf: "null".utf8); return }
        if value == 0 { bytes.append(UInt8(ascii: "0")); return }
        let magnitude = abs(value)
        guard magnitude >= 1e-6, magnitude < 1e15 else { bytes.append(contentsOf: "\(value)".utf8); return }
        let decimals = max(0, 11 - decimalExponent(magnitude))
        var scaled = UInt64((magnitude * power10(decimals)).rounded())
        var trimmed = decimals
        while trimmed > 0, scaled % 10 == 0 { scaled /= 10; trimmed -= 1 }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var position = 32, written = 0
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(scaled % 10)
                scaled /= 10
                written += 1
                if written == trimmed {
                    position -= 1
                    digits[position] = UInt8(ascii: ".")
                }
            } while scaled > 0 || written <= trimmed
            if value < 0 {
                position -= 1
                digits[position] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[position..<32]))
        }
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
            while exponent < 22, powersOf10[exponent + 1] <= magnitude { exponent += 1 }
            return exponent
        }
        var scaled = magnitude, exponent = 0
        while scaled >= 10 { scaled /= 10; exponent += 1 }
        while scaled < 1 { scaled *= 10; exponent -= 1 }
        return exponent
    }

    private static let powersOf10: [Double] = (0...22).map { exponent in
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// 10^exponent; exact for exponents up to 22.
    static func power10(_ exponent: Int) -> Double {
        if exponent <= 22 { return powersOf10[exponent] }
        return powersOf10[22] * power10(exponent - 22)
    }
}
