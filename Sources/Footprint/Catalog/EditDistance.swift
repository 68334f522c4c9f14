/// Levenshtein distance between two names, by Unicode scalar, when it is at most `limit`;
/// nil when it is more. Names whose letter sets or lengths already differ by more are not
/// compared at all, and the comparison stops as soon as no cell of its band stays within
/// `limit`.
///
/// - Complexity: O(m × limit) time at most, O(n) memory.
func editDistance(_ a: SpelledName, _ b: SpelledName, limit: Int) -> Int? {
    guard max(a.letters.missing(from: b.letters), b.letters.missing(from: a.letters)) <= limit else { return nil }
    let whole = boundedEditDistances(a.scalars, b.scalars, limit: limit).whole
    return whole <= limit ? whole : nil
}

/// How far a typed name is from a candidate, when at most `limit` (nil when more): the
/// whole edit distance, or one more than the distance to the candidate's closest prefix
/// (so `a100sxm9` is near `a100sxm480gb`).
func suggestionDistance(_ typed: SpelledName, _ candidate: SpelledName, limit: Int) -> Int? {
    // Each letter of the typed name that the candidate lacks costs an edit against any prefix too.
    guard typed.letters.missing(from: candidate.letters) <= limit else { return nil }
    let distances = boundedEditDistances(typed.scalars, candidate.scalars, limit: limit)
    let distance = min(distances.whole, distances.toPrefix + 1)
    return distance <= limit ? distance : nil
}

/// The edit distance from `a` to all of `b` and to the closest prefix of `b`, each exact
/// when at most `limit` and `limit + 1` when more.
///
/// Only the cells within `limit` of the diagonal are computed (any other is more than
/// `limit`), and the rows stop once every cell of one is more than `limit`, since no
/// later row has a smaller cell.
private func boundedEditDistances(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> (whole: Int, toPrefix: Int) {
    let over = limit + 1
    // Both distances are at least the letters `a` has beyond `b`'s length.
    guard a.count - b.count <= limit else { return (over, over) }
    if a.isEmpty { return (min(b.count, over), 0) }
    if b.isEmpty { return (min(a.count, over), min(a.count, over)) }
    var previous = Array(repeating: over, count: b.count + 1)
    var current = previous
    for column in 0...min(b.count, limit) { previous[column] = column }
    var rowMinimum = 0
    for row in 1...a.count {
        let low = max(1, row - limit), high = min(b.count, row + limit)
        current[0] = row <= limit ? row : over
        current[low - 1] = low == 1 ? current[0] : over
        rowMinimum = current[0]
        // low <= high: the guard keeps row - limit <= b.count.
        for column in low...high {
            let substitution = previous[column - 1] + (a[row - 1] == b[column - 1] ? 0 : 1)
            let cell = min(previous[column] + 1, current[column - 1] + 1, substitution, over)
            current[column] = cell
            rowMinimum = min(rowMinimum, cell)
        }
        if rowMinimum > limit { return (over, over) }
        swap(&previous, &current)
    }
    return (previous[b.count], rowMinimum)
}
