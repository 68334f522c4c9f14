extension Catalog {
    /// Every cloud region, then every grid zone, as sites, in table order.
    ///
    /// - Throws: `DataError` if a region's zone or a PUE default is missing.
    public func sites() throws(DataError) -> [Site] {
        var sites: [Site] = []
        sites.reserveCapacity(regions.entries.count + grids.entries.count)
        for region in regions.entries { sites.append(try site(of: region)) }
        for zone in grids.entries { sites.append(try site(of: zone)) }
        return sites
    }

    /// The sites that pass `filter`.
    public func sites(matching filter: SiteFilter) throws(DataError) -> [Site] {
        try sites().filter(filter.matches)
    }

    /// Hardware whose id, name, alias or vendor contains `query` (ignoring case, spaces and
    /// punctuation), of the given kinds and vendors (empty sets mean any), in table order.
    public func hardware(matching query: String?, kinds: Set<Hardware.Kind> = [], vendors: Set<NameKey> = []) -> [Hardware] {
        let key = query.map { NameKey($0).text } ?? ""
        return hardware.entries.filter { item in
            if !kinds.isEmpty, !kinds.contains(item.kind) { return false }
            if !vendors.isEmpty, !vendors.contains(NameKey(item.vendor)) { return false }
            guard !key.isEmpty else { return true }
            return ([item.id, item.name, item.vendor] + item.aliases).contains { NameKey($0).text.contains(key) }
        }
    }
}
