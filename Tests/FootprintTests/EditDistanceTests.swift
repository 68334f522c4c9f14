import Testing
@testable import Footprint

/// The banded, letter-set-filtered edit distances against the plain full-matrix
/// Levenshtein distance they replace, on many random pairs and a few known ones.
struct EditDistanceTests {
    /// The plain distances from `a` to all of `b` and to `b`'s closest prefix.
    static func plainDistances(_ a: String, _ b: String) -> (whole: Int, toPrefix: Int) {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1]
            for j in b.indices {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1)))
            }
            previous = current
        }
        return (previous[b.count], previous.min()!)
    }

    /// A random name of up to `longest` scalars from a small alphabet (so pairs share
    /// letters), with an accented letter now and then.
    static func randomName(longest: Int, using generator: inout SplitMix) -> String {
        let alphabet = Array("abcde0129xé".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...longest, using: &generator) {
            scalars.append(alphabet.randomElement(using: &generator)!)
        }
        return String(scalars)
    }

    @Test func bandedDistancesMatchThePlainOnRandomPairs() {
        var generator = SplitMix(seed: 13)
        var withinLimit = 0
        for _ in 0..<20_000 {
            let a = Self.randomName(longest: 14, using: &generator), b = Self.randomName(longest: 14, using: &generator)
            let limit = Int.random(in: 0...8, using: &generator)
            let plain = Self.plainDistances(a, b)
            let expected = plain.whole <= limit ? plain.whole : nil
            #expect(editDistance(SpelledName(a), SpelledName(b), limit: limit) == expected, "\(a) → \(b), limit \(limit)")
            let suggestion = min(plain.whole, plain.toPrefix + 1)
            let expectedSuggestion = suggestion <= limit ? suggestion : nil
            #expect(suggestionDistance(SpelledName(a), SpelledName(b), limit: limit) == expectedSuggestion, "\(a) → \(b), limit \(limit)")
            if expected != nil { withinLimit += 1 }
        }
        // Both outcomes are exercised often.
        #expect(withinLimit > 2_000 && withinLimit < 18_000)
    }

    @Test func knownDistances() {
        #expect(editDistance(SpelledName("kitten"), SpelledName("sitting"), limit: 3) == 3)
        #expect(editDistance(SpelledName("kitten"), SpelledName("sitting"), limit: 2) == nil)
        #expect(editDistance(SpelledName(""), SpelledName("abc"), limit: 3) == 3)
        #expect(editDistance(SpelledName("région"), SpelledName("region"), limit: 1) == 1)
        // A typed prefix: one more than its distance to the candidate's closest prefix.
        #expect(suggestionDistance(SpelledName("a100sxm9"), SpelledName("a100sxm480gb"), limit: 2) == 2)
        #expect(suggestionDistance(SpelledName("a100sxm4"), SpelledName("a100sxm480gb"), limit: 4) == 1)
    }

    @Test func letterSetCountsTheLettersAnotherLacks() {
        let typed = LetterSet(Array("a100sxm".unicodeScalars)), candidate = LetterSet(Array("a100pcie".unicodeScalars))
        #expect(typed.missing(from: candidate) == 3)   // s, x, m
        #expect(candidate.missing(from: typed) == 4)   // p, c, i, e
    }
}
