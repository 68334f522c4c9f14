/// A water factor: on-site WUE of `water_onsite.csv` (by default, provider or region scope)
/// or off-site water intensity of electricity of `water_offsite.csv` (by country).
public struct WaterFactor: Sendable, Hashable {
    /// `default`, `provider` or `region` for on-site factors; `country` for off-site ones.
    public let scope: String
    /// `unknown`, a provider id, a region id, or an ISO country code / `WORLD`.
    public let id: String
    /// Litres per kWh with source and year.
    public let litresPerKWh: Factor

    /// A water factor.
    public init(scope: String, id: String, litresPerKWh: Factor) {
        self.scope = scope
        self.id = id
        self.litresPerKWh = litresPerKWh
    }

    /// The key under which a factor is unique: `scope/id`.
    var key: String { "\(scope)/\(id)" }
}
