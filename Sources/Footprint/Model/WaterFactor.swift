/// A water factor: on-site WUE of `water_onsite.csv` (by default, provider or region scope)
/// or off-site water intensity of electricity of `water_offsite.csv` (by country).
package struct WaterFactor: Sendable, Hashable {
    /// `default`, `provider` or `region` for on-site factors; `country` for off-site ones.
    package let scope: String
    /// `unknown`, a provider id, a region id, or an ISO country code / `WORLD`.
    package let id: String
    /// Litres per kWh with source and year.
    package let litresPerKWh: Factor

    /// A water factor.
    package init(scope: String, id: String, litresPerKWh: Factor) {
        self.scope = scope
        self.id = id
        self.litresPerKWh = litresPerKWh
    }

    /// The key under which a factor is unique: `scope/id`.
    var key: String { "\(scope)/\(id)" }
}
