import Testing
@testable import Footprint

/// `NumberFormat.appendJSON` against the straightforward implementation it replaced.
struct NumberFormatTests {
    /// The former `appendJSON`: 12 significant digits, one digit per division.
    static func reference(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        guard magnitude >= 1e-6, magnitude < 1e15 else { return "\(value)" }
        var exponent = 0
        if magnitude >= 1 {
            while exponent < 22, NumberFormat.power10(exponent + 1) <= magnitude { exponent += 1 }
        } else {
            var scaled = magnitude
            while scaled < 1 { scaled *= 10; exponent -= 1 }
        }
        let decimals = max(0, 11 - exponent)
        var scaled = UInt64((magnitude * NumberFormat.power10(decimals)).rounded())
        var trimmed = decimals
        while trimmed > 0, scaled % 10 == 0 { scaled /= 10; trimmed -= 1 }
        var digits: [UInt8] = [], written = 0
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(scaled % 10))
            scaled /= 10
            written += 1
            if written == trimmed { digits.append(UInt8(ascii: ".")) }
        } while scaled > 0 || written <= trimmed
        if value < 0 { digits.append(UInt8(ascii: "-")) }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }

    static func expectSame(_ value: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        var bytes: [UInt8] = [0x41]
        NumberFormat.appendJSON(value, to: &bytes)
        let expected = reference(value)
        let appended = String(decoding: bytes.dropFirst(), as: UTF8.self), json = NumberFormat.json(value)
        if appended != expected || json != expected {
            Issue.record("\(value) (bits \(value.bitPattern)): appendJSON \(appended), json \(json), expected \(expected)", sourceLocation: sourceLocation)
        }
    }

    @Test func edgeValuesMatchTheReference() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 9.5, 10, 99.99999999999, 999999999999.5, 99999999999.95, 1e15, 1e15.nextDown, 1e-6,
            1e-6.nextDown, 1e-6.nextUp, 0.000001234567890123, 123456789012345, 1234567890123.4, 0.1 + 0.2,
            14.000000000000002, 253.44, 76.032, 2.5e-5, 1e21, 1e22, 1e300, .leastNonzeroMagnitude, .infinity, -.infinity, .nan,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.30000000000000004, 1.15, 475, 0.0475,
        ]
        var power = 1e-7
        while power < 1e16 {
            values += [power, power.nextUp, power.nextDown, power * 9.999999999995, power * 9.9999999999949, power * 1.5]
            power *= 10
        }
        for value in values {
            Self.expectSame(value)
            Self.expectSame(-value)
        }
    }

    @Test func randomValuesMatchTheReference() {
        var generator = SplitMix(seed: 20261123)
        for index in 0..<200_000 {
            let value: Double
            switch index % 4 {
            case 0: value = Double(bitPattern: generator.next())   // any bit pattern
            case 1: value = Double(generator.next() % 100_000_000) / 1000   // short decimals
            case 2: value = Double(generator.next() >> 11) / Double(1 << 53) * NumberFormat.power10(Int(generator.next() % 16))
            default:   // twelve-digit halfway cases
                let digits = Double(generator.next() % 1_000_000_000_000) + 0.5
                value = digits / NumberFormat.power10(Int(generator.next() % 18))
            }
            Self.expectSame(value)
        }
    }
}

/// A small deterministic generator for tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// `ByteNumbers.decimal` against the implementation it replaced.
struct ByteNumbersTests {
    /// The former `ByteNumbers.decimal`.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
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

    static func expectSame(_ text: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        text.withUnsafeBufferPointer { bytes in
            let actual = ByteNumbers.decimal(bytes), expected = reference(bytes)
            if actual?.bitPattern != expected?.bitPattern {
                let shown = String(decoding: text, as: UTF8.self)
                Issue.record("'\(shown)': \(String(describing: actual)), expected \(String(describing: expected))", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func decimalsMatchTheReference() {
        let samples = [
            "", "-", "+", ".", "-.", "5.", ".5", "+.5", "-0", "0", "00.000", "1.2.3", "12a", "a12", "+-1", "1e5", " 1", "1 ",
            "123456789012345", "1234567890123456", "0.000000000000000000001", "0.0000000000000000000001",
            "0.00000000000000000000001", "000000000000000000000000001", "1.000000000000000", "99999999999999.9", "3.14159",
        ]
        for sample in samples { Self.expectSame(Array(sample.utf8)) }
        var generator = SplitMix(seed: 7)
        let alphabet = Array("0123456789012345678901234567890123456789.-+e ".utf8)
        for _ in 0..<100_000 {
            let length = Int(generator.next() % 26)
            Self.expectSame((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
    }
}
