/// The exact stages of a lookup as plain answers, for resolvers outside Swift (the SQL
/// export): what a lower-cased name and what a key each name exactly within a scope.
extension NameIndex {
    /// One exact answer: the entries a name or key matches in the scope (one entry
    /// resolves; several are ambiguous).
    struct ExactAnswer: Hashable {
        /// Positions of the matching entries, sorted.
        let positions: [Int]
    }

    /// The answers of stage 1 (the name lower-cased and trimmed) and stage 2 (its key) of
    /// `match`, for every name of the index, restricted to the entries in `scope`.
    func exactAnswers(scope: (Entry) -> Bool) -> (literal: [String: ExactAnswer], key: [String: ExactAnswer]) {
        func answers<Name>(_ table: [Name: [Int]], _ text: (Name) -> String) -> [String: ExactAnswer] {
            var result: [String: ExactAnswer] = [:]
            for (name, positions) in table {
                let kept = Set(positions.filter { scope(entries[$0]) })
                if !kept.isEmpty { result[text(name)] = ExactAnswer(positions: kept.sorted()) }
            }
            return result
        }
        return (answers(literalNames, { $0 }), answers(exactKeys, \.text))
    }
}
