/// Finds catalog entries by what people type, right or not at all: an exact id, name or
/// alias (ignoring case and punctuation), then the same without vendor noise, then whole
/// words; when several entries remain it asks, and when none does it suggests the closest.
///
/// Each lookup has a scope (accelerators, CPUs, one provider's regions...): partial
/// matches and suggestions come from the scope only, so a GPU name never resolves to a CPU.
package struct NameIndex<Entry: Sendable>: Sendable {
    /// The entries, in table order.
    package let entries: [Entry]
    /// How an entry is offered to the user.
    let candidate: @Sendable (Entry) -> LookupError.Candidate
    private let simplify: @Sendable (String) -> String
    /// Positions by an id, name or alias, lower-cased: the tie-break among exact matches
    /// (`us-east-1` is AWS's, `us-east1` Google's).
    let literalNames: [String: [Int]]
    /// Positions by the key of an id, name or alias.
    let exactKeys: [NameKey: [Int]]
    /// Positions by the key of a simplified name, built on first use: most names match
    /// exactly before they are simplified.
    private let simplifiedKeys: Lazy<[NameKey: [Int]]>
    /// Positions by each word (and joined run of words) of an entry's names and words.
    private let wordIndex: Lazy<[String: [Int]]>
    /// Every key made ready for edit distances, for suggestions: built on first use.
    private let suggestionKeys: Lazy<[SuggestionKey]>

    /// An index over `entries`.
    ///
    /// - Parameters:
    ///   - entries: the entries to find, in table order.
    ///   - names: the id, name and aliases of an entry: exact matches.
    ///   - words: further words that partial matches may use (a city, a memory size).
    ///   - simplify: removes noise from a typed name before the second exact match.
    ///   - plainNames: the names that match exactly once simplified too (the display name:
    ///     `Tesla M60` is `M60`; never an alias such as `nvidia-tesla-a100`, which would
    ///     make `A100` one part).
    ///   - candidate: how an entry is offered to the user.
    package init(
        _ entries: [Entry], names: (Entry) -> [String], words: (Entry) -> [String] = { _ in [] },
        simplify: @escaping @Sendable (String) -> String = { $0 }, plainNames: @escaping @Sendable (Entry) -> [String] = { _ in [] },
        candidate: @escaping @Sendable (Entry) -> LookupError.Candidate
    ) {
        var literalNames: [String: [Int]] = [:]
        var exactKeys: [NameKey: [Int]] = [:]
        var wordTexts: [[String]] = [], suggestionKeys: [(NameKey, Int)] = []
        for (position, entry) in entries.enumerated() {
            let entryNames = names(entry)
            for literal in entryNames.map(Self.literal).uniqued() { literalNames[literal, default: []].append(position) }
            for key in entryNames.map(NameKey.init).uniqued() where !key.text.isEmpty {
                exactKeys[key, default: []].append(position)
                suggestionKeys.append((key, position))
            }
            wordTexts.append(entryNames + words(entry))
        }
        self.entries = entries
        self.candidate = candidate
        self.simplify = simplify
        self.literalNames = literalNames
        self.exactKeys = exactKeys
        self.simplifiedKeys = Lazy {
            var simplifiedKeys: [NameKey: [Int]] = [:]
            for (position, entry) in entries.enumerated() {
                for key in plainNames(entry).map({ NameKey(simplify($0)) }).uniqued() where !key.text.isEmpty {
                    simplifiedKeys[key, default: []].append(position)
                }
            }
            return simplifiedKeys
        }
        self.wordIndex = Lazy { [wordTexts] in
            var positions: [String: [Int]] = [:]
            for (position, texts) in wordTexts.enumerated() {
                var words = Set<String>()
                for text in texts { words.formUnion(NameWords.matchable(text)) }
                for word in words { positions[word, default: []].append(position) }
            }
            return positions
        }
        self.suggestionKeys = Lazy { [suggestionKeys] in
            suggestionKeys.map { SuggestionKey(name: SpelledName($0.text), position: $1) }
        }
    }

    /// The entry `name` denotes within `scope`.
    ///
    /// 1. An exact id, name or alias (case and punctuation ignored) wins; with
    ///    `exactInAnyScope`, even out of scope (a CPU named exactly may stand as hardware).
    /// 2. Then the name without noise (`NVIDIA`, `Intel(R)`, `CPU @ 2.50GHz`...), exactly.
    /// 3. Then entries having every word of the name as a whole word (`M60` never
    ///    matches `Pentium 60`).
    /// - Throws: `LookupError` listing the candidates when several entries match, or the
    ///   closest names in scope when none does.
    package func resolve(
        _ name: String, kind: String, scope: (Entry) -> Bool = { _ in true }, exactInAnyScope: Bool = false
    ) throws(LookupError) -> Entry {
        try match(name, kind: kind, scope: scope, exactInAnyScope: exactInAnyScope).entry
    }

    /// The entry `name` denotes within `scope` (as `resolve`), and whether it matched by
    /// whole words only.
    func match(
        _ name: String, kind: String, scope: (Entry) -> Bool = { _ in true }, exactInAnyScope: Bool = false
    ) throws(LookupError) -> (entry: Entry, byWords: Bool) {
        let simplified = simplify(name)
        let key = NameKey(simplified)
        for stage in 0..<3 {
            // Each stage only when the ones before matched nothing (the last builds the simplified keys).
            let matches = switch stage {
            case 0: (literalNames[Self.literal(name)] ?? []).filter { exactInAnyScope || scope(entries[$0]) }
            case 1: (exactKeys[NameKey(name)] ?? []).filter { exactInAnyScope || scope(entries[$0]) }
            default: ((exactKeys[key] ?? []) + simplifiedKeys.withValue { $0[key] ?? [] }).filter { scope(entries[$0]) }
            }
            guard !matches.isEmpty else { continue }
            let unique = Set(matches)
            if unique.count == 1 { return (entries[matches[0]], false) }
            // A single word is widened by the partial matches, so that `Tokyo` lists every
            // Tokyo region, not only those whose display name is exactly `Tokyo`.
            let words = NameWords.of(simplified)
            let partial = words.count == 1 ? containingEveryWord(of: simplified).filter { scope(entries[$0]) } : []
            throw ambiguity(unique.union(partial), name: name, kind: kind)
        }
        let partial = containingEveryWord(of: simplified).filter { scope(entries[$0]) }
        if partial.count == 1 { return (entries[partial[0]], true) }
        if partial.count > 1 { throw ambiguity(Set(partial), name: name, kind: kind) }
        throw LookupError(kind: kind, name: name, problem: .unknown, candidates: suggestions(for: key, scope: scope))
    }

    /// The entry of `name` if it matches exactly (rule 1 or 2) in any scope, for hints
    /// such as "that is a CPU".
    package func exactMatch(_ name: String) -> Entry? {
        let positions = Set((exactKeys[NameKey(name)] ?? []) + simplifiedKeys.withValue { $0[NameKey(simplify(name))] ?? [] })
        return positions.count == 1 ? entries[positions.first!] : nil
    }

    /// `name` lower-cased without surrounding spaces.
    static func literal(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }

    /// The error for a name that several entries match: the candidates, the shortest
    /// names first, at most ten listed.
    private func ambiguity(_ positions: Set<Int>, name: String, kind: String) -> LookupError {
        let listed = 10
        let candidates = positions.map { candidate(entries[$0]) }
            .sorted { ($0.name.count, $0.name) < ($1.name.count, $1.name) }
        return LookupError(
            kind: kind, name: name, problem: .ambiguous, candidates: Array(candidates.prefix(listed)),
            more: max(0, candidates.count - listed))
    }

    /// Positions of the entries that have every word of `name` among their words.
    private func containingEveryWord(of name: String) -> [Int] {
        let words = Set(NameWords.of(name))
        guard !words.isEmpty else { return [] }
        return wordIndex.withValue { wordPositions in
            var result: Set<Int>?
            for word in words.sorted(by: { (wordPositions[$0]?.count ?? 0) < (wordPositions[$1]?.count ?? 0) }) {
                let positions = Set(wordPositions[word] ?? [])
                result = result.map { $0.intersection(positions) } ?? positions
                if result!.isEmpty { return [] }
            }
            return Array(result ?? [])
        }
    }

    /// Up to three entries in scope whose names are closest to `key` by edit distance.
    private func suggestions(for key: NameKey, scope: (Entry) -> Bool, limit: Int = 3) -> [LookupError.Candidate] {
        guard !key.text.isEmpty else { return [] }
        let threshold = key.text.count <= 5 ? 1 : max(2, key.text.count / 3)
        let typed = SpelledName(key.text)
        var best: [Int: Int] = [:]
        for candidate in suggestionKeys.withValue({ $0 }) where scope(entries[candidate.position]) {
            guard let distance = suggestionDistance(typed, candidate.name, limit: threshold) else { continue }
            if distance < best[candidate.position] ?? .max { best[candidate.position] = distance }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .prefix(limit).map { candidate(entries[$0.key]) }
    }
}

/// A key of a `NameIndex` entry made ready for edit distances, and the entry's position.
private struct SuggestionKey: Sendable {
    let name: SpelledName
    let position: Int
}
