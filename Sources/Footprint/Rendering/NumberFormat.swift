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
    /// exponent for ordinary magnitudes: `14`, `0.3`, `2.5e-13`.
    public static func json(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        let magnitude = decimalExponent(value)
        let decimals = 11 - magnitude
        var rounded = value
        if decimals > 0, decimals < 300 {
            let scale = power10(decimals)
            let candidate = (value * scale).rounded() / scale
            if candidate.isFinite { rounded = candidate }
        }
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        if abs(rounded) >= 1e-6, abs(rounded) < 1e15 {
            let text = fixed(rounded, max(0, decimals))
            return trimmingZeros(text)
        }
        return "\(rounded)"
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
        var magnitude = abs(value), exponent = 0
        while magnitude >= 10 { magnitude /= 10; exponent += 1 }
        while magnitude < 1 { magnitude *= 10; exponent -= 1 }
        return exponent
    }

    private static func power10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
