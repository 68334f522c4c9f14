/// What each table is known by: the names that match exactly, the further words a
/// partial match may use, and the figure that tells candidates apart.
extension NameIndex where Entry == Hardware {
    /// The names a hardware row matches exactly: its id, name and aliases.
    static func hardwareNames(_ item: Hardware) -> [String] { [item.id, item.name] + item.aliases }

    /// Hardware by id, name and alias; vendor noise ignored; the vendor and memory size
    /// (`80GB`) as further words; candidates with their watts.
    static func hardware(_ entries: [Hardware]) -> NameIndex<Hardware> {
        NameIndex(
            entries, names: hardwareNames,
            words: { item in [item.vendor] + (item.memoryGB.map { ["\(NumberFormat.readable($0))GB"] } ?? []) },
            simplify: HardwareNoise.simplify, plainNames: { [$0.name] },
            candidate: { .init(id: $0.id, name: $0.name, value: $0.maxPowerWatts, unit: "W") })
    }
}

extension NameIndex where Entry == GridZone {
    /// The names a grid zone matches exactly: its id, name and aliases.
    static func gridNames(_ zone: GridZone) -> [String] { [zone.id, zone.name] + zone.aliases }

    /// Grid zones by id, name and alias; candidates with their intensity.
    static func grids(_ entries: [GridZone], sites: [String: Site]) -> NameIndex<GridZone> {
        NameIndex(
            entries, names: gridNames,
            candidate: { .init(id: $0.id, name: $0.id, value: sites[$0.id]?.intensity.value ?? 0, unit: "gCO2e/kWh") })
    }
}

extension NameIndex where Entry == CloudRegion {
    /// The names a cloud region matches exactly: `provider:region`, the bare region id,
    /// and the provider's id before the region id or the display name.
    static func regionNames(_ region: CloudRegion) -> [String] {
        [region.id, region.region, "\(region.provider) \(region.region)", "\(region.provider) \(region.name)"]
    }

    /// Cloud regions by `provider:region` (any punctuation), the bare region id, and the
    /// provider's display name after the provider (`azure West Europe`); the display name
    /// alone, the city and the subdivision are only words, because a place name such as
    /// `Mumbai` or `Stockholm` may be several providers' region. Candidates show their
    /// intensity.
    static func regions(_ entries: [CloudRegion], sites: [String: Site]) -> NameIndex<CloudRegion> {
        NameIndex(
            entries,
            names: regionNames,
            words: { [$0.name, $0.provider, $0.city, $0.subdivision] },
            candidate: { .init(id: $0.id, name: $0.id, value: sites[$0.id]?.intensity.value ?? 0, unit: "gCO2e/kWh") })
    }
}
