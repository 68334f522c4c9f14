/// The accent folding of `NameWords` as two aligned strings for SQL's `translate`: each
/// letter of `accented` becomes the letter at the same place in `plain`.
package enum NameKeySQL {
    /// The accented letters `NameWords` folds, in a fixed order.
    package static let accented: String = pairs.map { String($0.accented) }.joined()
    /// Their plain letters, aligned with `accented`.
    package static let plain: String = pairs.map { String($0.plain) }.joined()

    private static let pairs: [(accented: Character, plain: Character)] = NameWords.accentFree
        .map { (Character($0.key), $0.value) }
        .sorted { $0.accented.unicodeScalars.first!.value < $1.accented.unicodeScalars.first!.value }
}
