/// The letters and digits a name uses, as a bitmask: a cheap lower bound of the edit
/// distance between two names, checked before the distance itself.
///
/// Each of `a`–`z` and `0`–`9` has a bit of its own; any other scalar shares one of the
/// remaining 28 bits with others (a shared bit only weakens the bound, never breaks it).
struct LetterSet: Sendable, Equatable {
    /// One bit per letter, digit or group of other scalars.
    let bits: UInt64

    /// The set of the scalars of `scalars`.
    init(_ scalars: [Unicode.Scalar]) {
        var bits: UInt64 = 0
        for scalar in scalars { bits |= 1 << Self.bit(of: scalar) }
        self.bits = bits
    }

    /// How many of this set's letters `other` lacks: each costs an edit at least.
    func missing(from other: LetterSet) -> Int {
        (bits & ~other.bits).nonzeroBitCount
    }

    /// The bit of `scalar`: 0–25 for `a`–`z`, 26–35 for `0`–`9`, 36–63 for others.
    private static func bit(of scalar: Unicode.Scalar) -> UInt64 {
        switch scalar.value {
        case 0x61...0x7A: UInt64(scalar.value - 0x61)
        case 0x30...0x39: UInt64(scalar.value - 0x30 + 26)
        default: 36 + UInt64(scalar.value % 28)
        }
    }
}
