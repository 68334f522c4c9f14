/// Two sites are equal when every property is: the same place with the same factors.
extension Site: Equatable {
    /// Whether `a` and `b` are the same place with the same factors.
    public static func == (a: Site, b: Site) -> Bool {
        a === b
            || (a.id == b.id && a.name == b.name && a.kind == b.kind && a.provider == b.provider && a.country == b.country
                && a.continent == b.continent && a.gridZone == b.gridZone && a.intensity == b.intensity && a.basis == b.basis
                && a.intensityFrom == b.intensityFrom && a.providerReported == b.providerReported && a.pue == b.pue)
    }
}
