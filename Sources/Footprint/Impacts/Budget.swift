/// A carbon or energy budget, such as `50kg` or `200kWh`, for CI pipelines.
public struct Budget: Sendable, Equatable {
    /// What a budget limits.
    public enum Quantity: String, Sendable, Equatable {
        /// Kilograms of operational CO2e (plus embodied when asked).
        case co2eKg = "kg CO2e"
        /// Kilowatt-hours of energy drawn.
        case energyKWh = "kWh"
    }

    /// The limit, in the quantity's unit.
    public let limit: Double
    /// What is limited.
    public let quantity: Quantity

    /// A budget.
    public init(limit: Double, quantity: Quantity) {
        self.limit = limit
        self.quantity = quantity
    }

    /// Parses `50kg`, `50 kg`, `1.5t`, `500g`, `200kWh`, `2MWh` (case-insensitive).
    ///
    /// - Throws: `JobError` (usage) naming the text when it is not a positive amount with a unit.
    public init(parsing text: String) throws(JobError) {
        let compact = text.filter { $0 != " " }.lowercased()
        let units: [(suffix: String, scale: Double, quantity: Quantity)] = [
            ("mwh", 1000, .energyKWh), ("kwh", 1, .energyKWh), ("wh", 0.001, .energyKWh),
            ("kg", 1, .co2eKg), ("t", 1000, .co2eKg), ("g", 0.001, .co2eKg),
        ]
        for unit in units where compact.hasSuffix(unit.suffix) {
            let number = String(compact.dropLast(unit.suffix.count))
            guard let value = Double(number), value.isFinite, value > 0 else { break }
            self.init(limit: value * unit.scale, quantity: unit.quantity)
            return
        }
        throw JobError(field: nil, message: "--budget: '\(text)' is not an amount such as 50kg, 1.5t, 500g, 200kWh or 2MWh")
    }

    /// The amount of `estimate` this budget counts (CO2e includes `embodiedKg`).
    public func usage(of estimate: Estimate, embodiedKg: Double = 0) -> Double {
        quantity == .co2eKg ? estimate.co2eKg + embodiedKg : estimate.energyKWh
    }

    /// The hours one run may last within the budget, from the job's usage at zero hours
    /// (what does not grow with time, such as a known energy) and at one hour; nil when an
    /// hour costs nothing, 0 when the fixed part alone exceeds the budget.
    func maxHours(usageAtZeroHours fixed: Double, usageAtOneHour oneHour: Double) -> Double? {
        let hourly = oneHour - fixed
        guard hourly > 0 else { return nil }
        return max(0, (limit - fixed) / hourly)
    }

    /// How far `used` is over the limit, in percent of the limit (negative when within it).
    public func percentOver(_ used: Double) -> Double { (used / limit - 1) * 100 }

    /// The budget and the amount used, as JSON.
    package func json(used: Double) -> JSONValue {
        .object([
            "limit": .number(limit), "unit": .string(quantity.rawValue), "used": .number(used), "exceeded": .bool(used > limit),
        ])
    }
}
