extension Reference {
    /// The reference as a paper's bibliography gives it: `Title. Publisher, Year. URL`, the
    /// URL as `<url>` in Markdown and `\url{url}` in LaTeX; a missing year or URL is left out.
    public func cited(_ style: CitationStyle) -> String {
        let origin = publisher.isEmpty ? year.map(String.init) : publisher + (year.map { ", \($0)" } ?? "")
        let text = [title, origin].compactMap { $0 }.map(Self.sentence).joined(separator: " ")
        switch style {
        case .markdown: return text + (url.map { " <\($0)>" } ?? "")
        case .latex: return LaTeX.escaped(text) + (url.map { " " + LaTeX.url($0) } ?? "")
        }
    }

    /// `text` ending with a full stop, unless it ends with one or with `?` or `!` already.
    private static func sentence(_ text: String) -> String {
        text.last.map { ".?!".contains($0) } == true ? text : text + "."
    }
}
