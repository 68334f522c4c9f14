/// A name made ready for edit distances: its Unicode scalars and the set of its letters,
/// computed once for a candidate compared with many typed names.
struct SpelledName: Sendable {
    /// The name's scalars.
    let scalars: [Unicode.Scalar]
    /// The letters and digits it uses.
    let letters: LetterSet

    /// `text` made ready.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        letters = LetterSet(scalars)
    }
}
