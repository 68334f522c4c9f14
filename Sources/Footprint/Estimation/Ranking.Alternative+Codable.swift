/// An alternative encodes with the keys of `footprint regions --format json`'s
/// `alternatives` (the place and its factors, the job's energy and CO2e there, the saving).
extension Ranking.Alternative: Encodable {
    /// The keys, as the command names them.
    enum CodingKeys: String, CodingKey {
        case rank, id, name, kind, provider, country, continent, gridZone = "grid_zone"
        case intensity = "intensity_g_per_kwh", pue, energyKWh = "energy_kwh", co2eKg = "co2e_kg"
        case savingKg = "saving_kg", savingPercent = "saving_percent", isJobLocation = "is_job_location"
    }

    /// Encodes the rank, the place, its factors, the estimate there and the saving.
    public func encode(to encoder: any Encoder) throws {
        let site = self.site
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rank, forKey: .rank)
        try container.encode(site.id, forKey: .id)
        try container.encode(site.name, forKey: .name)
        try container.encode(site.kind.rawValue, forKey: .kind)
        try container.encode(site.provider, forKey: .provider)
        try container.encode(site.country, forKey: .country)
        try container.encode(site.continent, forKey: .continent)
        try container.encode(site.gridZone, forKey: .gridZone)
        try container.encode(site.intensity.value, forKey: .intensity)
        try container.encode(site.pue.value, forKey: .pue)
        try container.encode(estimate.energyKWh, forKey: .energyKWh)
        try container.encode(estimate.co2eKg, forKey: .co2eKg)
        try container.encode(savingKg, forKey: .savingKg)
        try container.encode(savingPercent, forKey: .savingPercent)
        try container.encode(isJobLocation, forKey: .isJobLocation)
    }
}
