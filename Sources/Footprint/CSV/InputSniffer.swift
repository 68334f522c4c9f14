/// Looks at the first bytes of an input table before any row is read, and refuses what
/// would otherwise be read as rows of junk: compressed files, UTF-16 or UTF-32 text,
/// binary data, files separated by `;` or tabs, and batch headers with no known column.
///
/// Pure and cheap: it reads at most the prefix it is given (the CLI passes the first
/// `prefixLength` bytes) once per input, never per row.
package enum InputSniffer {
    /// How many leading bytes the checks look at.
    package static let prefixLength = 1 << 16

    /// Compression formats by magic number: name, leading bytes, and a command that
    /// decompresses a file to standard output.
    static let compressions: [(name: String, magic: [UInt8], command: String)] = [
        ("gzip", [0x1F, 0x8B], "gunzip -c"),
        ("zstd", [0x28, 0xB5, 0x2F, 0xFD], "zstd -dc"),
        ("bzip2", [0x42, 0x5A, 0x68], "bzip2 -dc"),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz -dc"),
        ("zip", [0x50, 0x4B, 0x03, 0x04], "unzip -p"),
    ]

    /// Unicode encodings other than UTF-8 by byte-order mark (UTF-32 first: its
    /// little-endian mark begins like UTF-16's).
    static let byteOrderMarks: [(name: String, mark: [UInt8])] = [
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00]), ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF]),
        ("UTF-16LE", [0xFF, 0xFE]), ("UTF-16BE", [0xFE, 0xFF]),
    ]

    /// Checks that `prefix`, the start of the input `name`, is UTF-8 text separated by
    /// commas (or JSON).
    ///
    /// - Parameters:
    ///   - prefix: the first bytes of the input.
    ///   - name: the input's name for messages.
    ///   - sink: where the hints send a converted file, after `FILE`, such as
    ///     `| footprint batch -` or `> plain.csv`.
    /// - Throws: `DataError` on line 1 saying what the input is and what to do.
    package static func checkText(_ prefix: some Collection<UInt8>, name: String, sink: String) throws(DataError) {
        let bytes = Array(prefix.prefix(prefixLength))
        func refuse(_ message: String) -> DataError { DataError(file: name, line: 1, message: message) }
        if let compression = compressions.first(where: { bytes.starts(with: $0.magic) }) {
            throw refuse(
                "compressed input (\(compression.name)): decompress it first (e.g. `\(compression.command) FILE \(sink)`)")
        }
        if let encoding = byteOrderMarks.first(where: { bytes.starts(with: $0.mark) }) {
            throw refuse(
                "the file is \(encoding.name) text: convert it to UTF-8 first (e.g. `iconv -f \(encoding.name) -t UTF-8 FILE \(sink)`)")
        }
        if !isText(bytes) {
            throw refuse("not a text CSV file (it holds NUL bytes or mostly non-text bytes)")
        }
        if let separator = separator(of: bytes) {
            let shown = separator == UInt8(ascii: "\t") ? "tabs" : "'\(Character(Unicode.Scalar(separator)))'"
            throw refuse(
                "the columns are separated by \(shown), not commas: footprint reads comma-separated CSV (RFC 4180); "
                    + "export it as comma-separated, or convert it (e.g. `tr '\(separator == 9 ? "\\t" : ";")' , < FILE \(sink)` "
                    + "when no field holds a comma)")
        }
    }

    /// Whether `bytes` look like text: no NUL byte, and at most one byte in ten a control
    /// character or part of invalid UTF-8 (a sequence cut by the end of the prefix is fine).
    static func isText(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(0) { return false }
        var bad = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte < 0xE0 ? 2 : byte >= 0xE0 && byte < 0xF0 ? 3 : byte >= 0xF0 && byte < 0xF5 ? 4 : 0
            if length == 0 {
                bad += 1
                index += 1
                continue
            }
            if length == 1, byte < 0x20 || byte == 0x7F, byte != 9, byte != 10, byte != 13, byte != 12 { bad += 1 }
            let end = min(index + length, bytes.count)
            if bytes[(index + 1)..<end].contains(where: { $0 & 0xC0 != 0x80 }) {
                bad += 1
                index += 1
                continue
            }
            index = end
        }
        return bad * 10 <= bytes.count
    }

    /// The separator of a table whose first line has no comma but `;` or tabs, else nil
    /// (also nil for JSON, which starts with `{` or `[`).
    static func separator(of bytes: [UInt8]) -> UInt8? {
        var body = bytes.drop { $0 == 0x20 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if let first = body.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return nil }
        body = body.prefix { $0 != 10 && $0 != 13 }
        guard !body.contains(UInt8(ascii: ",")) else { return nil }
        let semicolons = body.count { $0 == UInt8(ascii: ";") }, tabs = body.count { $0 == 9 }
        if semicolons == 0, tabs == 0 { return nil }
        return semicolons >= tabs ? UInt8(ascii: ";") : 9
    }

    /// Checks that the header at the start of `prefix` names at least one column a batch
    /// knows; nothing is checked when the prefix holds no complete header.
    ///
    /// - Throws: `DataError` listing the known columns and the closest one to each cell.
    package static func checkBatchHeader(_ prefix: some Collection<UInt8>, name: String) throws(DataError) {
        guard let header = header(of: Array(prefix.prefix(prefixLength))),
              let columns = try? BatchColumns(header: header), columns.fields.allSatisfy({ $0 == nil })
        else { return }
        let known = JobField.allCases.flatMap { [$0.name] + (BatchColumns.aliases[$0] ?? []) }
        let cells = header.map { cell in
            "'\(cell)'" + (Suggestions.closest(to: cell, among: known).first.map { " (closest: '\($0)')" } ?? "")
        }
        throw DataError(
            file: name, line: 1,
            message: "the header names no column footprint knows: \(cells.joined(separator: ", ")); "
                + "known columns: \(JobField.allCases.map(\.name).joined(separator: ", ")) "
                + "(or an alias, such as gpu for hardware; see the README)")
    }

    /// The trimmed cells of the first non-blank record of `bytes`, if it is complete.
    static func header(of bytes: [UInt8]) -> [String]? {
        bytes.withUnsafeBufferPointer { buffer in
            var fields: [CSVField] = []
            var index = CSVScanner.bodyStart(of: buffer)
            while index < buffer.count {
                guard case let .record(next, _, _) = CSVScanner.scanRecord(in: buffer, from: index, atEnd: false, fields: &fields)
                else { return nil }
                if !CSVScanner.isBlank(fields) { return fields.map { $0.string(in: buffer).trimmingWhitespace() } }
                index = next
            }
            return nil
        }
    }
}
