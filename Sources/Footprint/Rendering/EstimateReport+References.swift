extension EstimateReport {
    /// The references of the table factors the estimate used, deduplicated and sorted by
    /// title: every entry of `references` some factor's source cites (see
    /// `Reference.isCited(by:)`). A factor no reference matches, such as a row of a table
    /// the user overlaid, is cited by its own source text and year.
    package func references(from references: [Reference]) -> [Reference] {
        var cited = Set<Reference>()
        for used in estimate.job.usedFactors + impacts.usedFactors where used.factor.provenance.table != nil {
            let provenance = used.factor.provenance
            let matching = references.filter { $0.isCited(by: provenance.source) }
            cited.formUnion(matching.isEmpty
                ? [Reference(id: provenance.source, title: provenance.source, publisher: "", year: provenance.year, url: nil, matches: [])]
                : matching)
        }
        return cited.sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }
    }
}
