/// Text made safe for a roff (man page) source line.
enum Roff {
    /// `text` as roff text: backslashes as `\e`, hyphens as `\-` (a minus, so that
    /// commands and options copy as typed), other characters beyond ASCII as `\[uXXXX]`, and a
    /// line starting with `.` or `'` guarded by `\&` so it is not read as a request.
    static func escaped(_ text: String) -> String {
        var result = text.first == "." || text.first == "'" ? #"\&"# : ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += #"\e"#
            case "-": result += #"\-"#
            case _ where scalar.isASCII: result.unicodeScalars.append(scalar)
            default: result += #"\[u"# + hex(scalar.value) + "]"
            }
        }
        return result
    }

    /// `text` in bold.
    static func bold(_ text: String) -> String { #"\fB"# + escaped(text) + #"\fR"# }

    /// `text` in italics.
    static func italic(_ text: String) -> String { #"\fI"# + escaped(text) + #"\fR"# }

    /// `value` in upper-case hexadecimal, at least four digits, as groff's `\[uXXXX]` wants.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
