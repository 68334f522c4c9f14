extension Catalog {
    /// The ISO code of the country `name` denotes: a code of the catalog's countries
    /// (`de`), or a name or alias of a country grid zone (`Germany`, `Deutschland`).
    ///
    /// - Throws: `JobError` (no field, a usage error) for a name that is no country, with
    ///   the closest names or the country of a sub-national zone.
    public func countryCode(named name: String) throws(JobError) -> String {
        let code = name.uppercased()
        if sites.contains(where: { $0.kind == .country && $0.country == code }) { return code }
        let site: Site
        do throws(JobError) { site = try location(named: name) } catch {
            let lookup = error.lookup.map {
                LookupError(kind: "country", name: name, problem: $0.problem, candidates: $0.candidates, more: $0.more)
            }
            throw JobError(field: nil, message: lookup?.description ?? "unknown country '\(name)'")
        }
        guard site.kind == .country, let country = site.country else {
            let within = site.country.map { "; use '\($0)' for its country" } ?? ""
            throw JobError(field: nil, message: "'\(name)' is \(site.id) \(site.name), not a country\(within)")
        }
        return country
    }

    /// The continent `name` denotes, as the catalog spells it (`europe` → `Europe`).
    ///
    /// - Throws: `JobError` (no field, a usage error) naming the closest continent.
    public func continent(named name: String) throws(JobError) -> String {
        let continents = Set(sites.compactMap(\.continent)).sorted()
        if let continent = continents.first(where: { NameKey($0) == NameKey(name) }) { return continent }
        let hint = Suggestions.closest(to: name, among: continents).first.map { "; did you mean '\($0)'?" } ?? ""
        throw JobError(field: nil, message: "unknown continent '\(name)'\(hint) (continents: \(continents.joined(separator: ", ")))")
    }
}
