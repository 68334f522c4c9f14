/// An optional number in 8 bytes instead of an `Optional`'s 16, so that `JobNumbers` (and
/// every job and estimate holding it) is half as much to copy: nil is a value no checked
/// input can be (a NaN with its own payload; the smallest `Int`).
protocol PackedNumber: Sendable, Hashable {
    /// The value that stands for nil.
    static var packedNil: Self { get }
    /// Whether this is the value that stands for nil (bit for bit: the NaN equals no number).
    var isPackedNil: Bool { get }
}

extension Double: PackedNumber {
    /// A quiet NaN with a payload of its own: checked numbers are finite.
    static var packedNil: Double { Double(bitPattern: 0x7FF8_F00D_0000_0001) }
    var isPackedNil: Bool { bitPattern == Double.packedNil.bitPattern }
}

extension Int: PackedNumber {
    /// `Int.min`: checked whole numbers are never negative.
    static var packedNil: Int { .min }
    var isPackedNil: Bool { self == .min }
}

/// An optional `Double` or `Int` stored without the optional's extra byte (and padding).
@propertyWrapper
struct Packed<Number: PackedNumber>: Sendable, Hashable {
    private var stored: Number

    /// The value, nil when unset.
    var wrappedValue: Number? {
        get { stored.isPackedNil ? nil : stored }
        set { stored = newValue ?? Number.packedNil }
    }

    /// A value, nil for unset.
    init(wrappedValue: Number?) {
        stored = wrappedValue ?? Number.packedNil
    }

    /// Equal as the optionals are (nil equals nil, though the NaN that stands for it does not).
    static func == (lhs: Self, rhs: Self) -> Bool { lhs.wrappedValue == rhs.wrappedValue }

    /// Hashes the optional.
    func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}
