/// An amount of emissions in a unit people can picture: `count` × `label`.
public struct EquivalentAmount: Sendable, Hashable {
    /// The row of `equivalents.csv`.
    package let equivalent: Equivalent
    /// How many units the emissions equal.
    public let count: Double

    /// The row id in `equivalents.csv`, such as `car_km_eu`.
    public var id: String { equivalent.id }
    /// What one unit is, in words.
    public var label: String { equivalent.label }
    /// The unit: `km`, `flight`, `charge`, ...
    public var unit: String { equivalent.unit }
    /// Grams CO2e of one unit, with its source and year.
    public var gramsPerUnit: Factor { equivalent.gramsPerUnit }
}

extension Catalog {
    /// Up to `limit` equivalents that suit `kilograms`: those giving between 1 and 10,000
    /// units, closest to about ten first, one per unit; for amounts too small for any, the
    /// equivalent with the smallest unit. Zero and tiny amounts never fail.
    public func equivalents(of kilograms: Double, limit: Int = 3) -> [EquivalentAmount] {
        let grams = max(0, kilograms) * 1000
        let amounts = equivalents.map { EquivalentAmount(equivalent: $0, count: grams / $0.gramsPerUnit.value) }
        var chosen: [EquivalentAmount] = []
        var units: Set<String> = []
        let fitting = amounts.filter { $0.count >= 1 && $0.count < 10_000 }
            .sorted { abs(log10Approximation($0.count) - 1) < abs(log10Approximation($1.count) - 1) }
        for amount in fitting where !units.contains(amount.equivalent.unit) && chosen.count < limit {
            chosen.append(amount)
            units.insert(amount.equivalent.unit)
        }
        if chosen.isEmpty, let smallest = amounts.min(by: { $0.equivalent.gramsPerUnit.value < $1.equivalent.gramsPerUnit.value }) {
            chosen.append(smallest)
        }
        return chosen
    }
}

/// The number of decimal digits before the point, minus one (a cheap log10 for ranking).
private func log10Approximation(_ value: Double) -> Double {
    var exponent = 0.0, scaled = value
    while scaled >= 10 { scaled /= 10; exponent += 1 }
    while scaled < 1, scaled > 0 { scaled *= 10; exponent -= 1 }
    return exponent + (scaled - 1) / 9
}
