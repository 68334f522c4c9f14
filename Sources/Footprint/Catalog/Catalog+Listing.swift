extension Catalog {
    /// The sites that pass `filter`, in catalog order.
    public func sites(matching filter: SiteFilter) -> [Site] {
        sites.filter(filter.matches)
    }

    /// Hardware whose id, name, alias or vendor contains `query` (ignoring case, spaces and
    /// punctuation), of the given kinds and vendors (empty sets mean any), in table order.
    package func hardware(matching query: String?, kinds: Set<Hardware.Kind> = [], vendors: Set<NameKey> = []) -> [Hardware] {
        let key = query.map { NameKey($0).text } ?? ""
        return hardware.entries.filter { item in
            if !kinds.isEmpty, !kinds.contains(item.kind) { return false }
            if !vendors.isEmpty, !vendors.contains(NameKey(item.vendor)) { return false }
            guard !key.isEmpty else { return true }
            return ([item.id, item.name, item.vendor] + item.aliases).contains { NameKey($0).text.contains(key) }
        }
    }
}
