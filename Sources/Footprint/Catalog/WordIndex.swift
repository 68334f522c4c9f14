import Synchronization

/// The entries of a `NameIndex` by each word of their names (and each run of adjacent
/// words written together), built on first use: most lookups match exactly and never need
/// it, and building it for the hardware table would be most of a command's start-up.
final class WordIndex: Sendable {
    /// Each entry's texts whose words count.
    private let texts: [[String]]
    private let positions: Mutex<[String: [Int]]?>

    /// An index of `texts`, one list per entry, built when first asked.
    init(texts: [[String]]) {
        self.texts = texts
        self.positions = Mutex(nil)
    }

    /// Calls `body` with the positions by word.
    func withPositions<Result>(_ body: ([String: [Int]]) -> Result) -> Result {
        positions.withLock { built in
            if built == nil { built = Self.build(texts) }
            return body(built!)
        }
    }

    private static func build(_ texts: [[String]]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (position, entryTexts) in texts.enumerated() {
            var words = Set<String>()
            for text in entryTexts { words.formUnion(NameWords.matchable(text)) }
            for word in words { positions[word, default: []].append(position) }
        }
        return positions
    }
}
