/// Finds catalog entries by id, name or alias, ignoring case, spaces and punctuation, and
/// suggests the closest names when a lookup fails.
public struct NameIndex<Entry: Sendable>: Sendable {
    /// The entries, in table order.
    public let entries: [Entry]
    private let displayName: @Sendable (Entry) -> String
    private let positions: [NameKey: [Int]]
    private let keys: [(key: NameKey, position: Int)]

    /// An index over `entries`, each known by the names `names` returns.
    ///
    /// - Parameter displayName: how an entry is named in suggestions.
    public init(
        _ entries: [Entry], names: (Entry) -> [String], displayName: @escaping @Sendable (Entry) -> String
    ) {
        var positions: [NameKey: [Int]] = [:]
        var keys: [(NameKey, Int)] = []
        for (position, entry) in entries.enumerated() {
            for key in Set(names(entry).map(NameKey.init)) where !key.text.isEmpty {
                positions[key, default: []].append(position)
                keys.append((key, position))
            }
        }
        self.entries = entries
        self.displayName = displayName
        self.positions = positions
        self.keys = keys
    }

    /// The entry `name` denotes.
    ///
    /// An exact match of a normalised id, name or alias wins; otherwise a name contained
    /// in exactly one entry's names (at least three characters) is taken.
    /// - Throws: `LookupError.ambiguous` with the candidates, or `.unknown` with the
    ///   closest names.
    public func resolve(_ name: String, kind: String) throws(LookupError) -> Entry {
        let key = NameKey(name)
        if let exact = positions[key] {
            let unique = Array(Set(exact)).sorted()
            if unique.count == 1 { return entries[unique[0]] }
            throw .ambiguous(kind: kind, name: name, candidates: unique.map { displayName(entries[$0]) })
        }
        let containing = key.text.count >= 3
            ? Array(Set(keys.filter { $0.key.text.contains(key.text) }.map(\.position))).sorted()
            : []
        if containing.count == 1 { return entries[containing[0]] }
        if containing.count > 1 {
            let ranked = containing.sorted { names(at: $0).count < names(at: $1).count || (names(at: $0).count == names(at: $1).count && $0 < $1) }
            throw .ambiguous(kind: kind, name: name, candidates: ranked.prefix(8).map { displayName(entries[$0]) })
        }
        throw .unknown(kind: kind, name: name, suggestions: suggestions(for: key))
    }

    /// Up to three entries whose names are closest to `key` by edit distance.
    func suggestions(for key: NameKey, limit: Int = 3) -> [String] {
        let threshold = max(2, key.text.count / 3)
        var best: [Int: Int] = [:]
        for (candidate, position) in keys {
            let distance = suggestionDistance(key.text, candidate.text)
            if distance <= threshold, distance < best[position] ?? .max { best[position] = distance }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .prefix(limit).map { displayName(entries[$0.key]) }
    }

    private func names(at position: Int) -> String { displayName(entries[position]) }
}

extension NameIndex {
    /// The entry `name` denotes, with a failure reported against the job input `field`.
    func resolve(_ name: String, kind: String, for field: JobField) throws(JobError) -> Entry {
        do throws(LookupError) {
            return try resolve(name, kind: kind)
        } catch {
            throw JobError(field: field, error)
        }
    }
}
