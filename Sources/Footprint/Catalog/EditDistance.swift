/// Levenshtein distance between two strings, by Unicode scalar.
///
/// - Complexity: O(m × n) time, O(n) memory.
func editDistance(_ a: String, _ b: String) -> Int {
    editDistances(a, b).whole
}

/// How far a typed name is from a candidate: the whole edit distance, or one more than the
/// distance to the candidate's closest prefix (so `a100sxm9` is near `a100sxm480gb`).
func suggestionDistance(_ typed: String, _ candidate: String) -> Int {
    let distances = editDistances(typed, candidate)
    return min(distances.whole, distances.toPrefix + 1)
}

/// The edit distance from `a` to all of `b`, and to the closest prefix of `b`.
private func editDistances(_ a: String, _ b: String) -> (whole: Int, toPrefix: Int) {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return (b.count, 0) }
    if b.isEmpty { return (a.count, a.count) }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return (previous[b.count], previous.min()!)
}
