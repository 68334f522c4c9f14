/// Escaping of plain text and URLs for LaTeX.
enum LaTeX {
    /// `text` with LaTeX's special characters escaped, `×` as `$\times$` and `–` as `--`.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "%", "&", "#", "_", "$", "{", "}": escaped += "\\" + String(character)
            case "\\": escaped += "\\textbackslash{}"
            case "~": escaped += "\\textasciitilde{}"
            case "^": escaped += "\\textasciicircum{}"
            case "×": escaped += "$\\times$"
            case "–": escaped += "--"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// `url` as `\url{...}` (the `url` or `hyperref` package), with `%` and `#` escaped so
    /// that it also works inside another command's argument.
    static func url(_ url: String) -> String {
        var escaped = ""
        for character in url {
            if character == "%" || character == "#" { escaped += "\\" }
            escaped.append(character)
        }
        return "\\url{\(escaped)}"
    }
}
