extension Array where Element: Equatable {
    /// The elements without repeats, first occurrences in order: for the few names of one
    /// entry, cheaper than hashing them into a `Set`.
    ///
    /// - Complexity: O(n²), for short arrays.
    func uniqued() -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for element in self where !result.contains(element) { result.append(element) }
        return result
    }
}
