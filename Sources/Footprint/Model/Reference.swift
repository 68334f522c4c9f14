/// A publication the built-in factors are taken from, as a paper cites it: title, publisher
/// (or authors), year and URL (a row of `Data/references.csv`).
///
/// A factor cites every reference one of whose `matches` occurs in its free-text source,
/// so a derived figure (a grid mix times IPCC medians) cites each publication it rests on.
package struct Reference: Sendable, Hashable {
    /// A short id, such as `us-epa-egrid`.
    package let id: String
    /// The title, such as `NVIDIA A100 Tensor Core GPU datasheet`.
    package let title: String
    /// The publisher or the authors.
    package let publisher: String
    /// The year of publication; nil when the source does not record it.
    package let year: Int?
    /// Where the publication is found; nil when the source records no URL.
    package let url: String?
    /// Substrings (case-sensitive) of a factor's source that identify this publication.
    package let matches: [String]

    /// A reference.
    package init(id: String, title: String, publisher: String, year: Int?, url: String?, matches: [String]) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.year = year
        self.url = url
        self.matches = matches
    }

    /// Whether a factor whose source is `source` cites this reference.
    package func isCited(by source: String) -> Bool {
        matches.contains { source.contains($0) }
    }
}
