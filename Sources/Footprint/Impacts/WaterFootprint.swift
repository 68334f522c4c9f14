/// Water consumed by a job, as Li et al. (2023, "Making AI Less Thirsty") define it:
///
///     litres = IT energy × (on-site WUE + PUE × off-site water intensity of electricity)
///
/// IT energy is before PUE; the off-site term applies to every kWh drawn from the grid.
public struct WaterFootprint: Sendable, Equatable {
    /// On-site water use effectiveness, L per kWh of IT energy.
    public let wue: Factor
    /// Off-site water intensity of electricity, L per kWh drawn.
    public let ewif: Factor
    /// Litres evaporated at the data centre.
    public let onsiteLitres: Double
    /// Litres consumed generating the electricity.
    public let offsiteLitres: Double

    /// Both terms together.
    public var litres: Double { onsiteLitres + offsiteLitres }

    /// The water footprint of `estimate`: WUE by region, else provider, else the unknown
    /// default; off-site intensity by the site's country, else the world (overrides win).
    public init(of estimate: Estimate, in catalog: Catalog) {
        let job = estimate.job, site = job.site
        let onsite = job.numbers.wue.map { Factor($0, .userInput(JobField.wue.name)) }
            ?? catalog.water["region/\(site.id)"]?.litresPerKWh
            ?? site.provider.flatMap { catalog.water["provider/\($0)"]?.litresPerKWh }
            ?? catalog.water["default/unknown"]?.litresPerKWh
            ?? Factor(0, Provenance(source: "no on-site WUE in water_onsite.csv", year: nil, table: WaterFactor.onsiteTableName))
        let offsite = job.numbers.ewif.map { Factor($0, .userInput(JobField.ewif.name)) }
            ?? site.country.flatMap { catalog.water["country/\($0)"]?.litresPerKWh }
            ?? catalog.water["country/WORLD"]?.litresPerKWh
            ?? Factor(0, Provenance(source: "no off-site factor in water_offsite.csv", year: nil, table: WaterFactor.offsiteTableName))
        wue = onsite
        ewif = offsite
        onsiteLitres = estimate.itKWh * onsite.value
        offsiteLitres = estimate.itKWh * job.pue * offsite.value
    }
}
