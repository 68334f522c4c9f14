/// Closest-name suggestions for anything a user may mistype: options, formats, tables.
package enum Suggestions {
    /// Up to `limit` of `candidates` closest to `name` by edit distance (ignoring case),
    /// within a distance of a third of the name's length (at least 2).
    package static func closest(to name: String, among candidates: [String], limit: Int = 1) -> [String] {
        let lowered = name.lowercased()
        let threshold = max(2, lowered.count / 3)
        let typed = SpelledName(lowered)
        return candidates
            .compactMap { candidate in
                editDistance(typed, SpelledName(candidate.lowercased()), limit: threshold).map { (candidate: candidate, distance: $0) }
            }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
            .prefix(limit).map(\.candidate)
    }
}
