/// One record of a CSV text: its fields (quotes removed) and where it stands in the bytes.
struct CSVRecord {
    /// The fields, unquoted and untrimmed.
    let fields: [String]
    /// The record's bytes, its line break included.
    let range: Range<Int>
}

/// The records of RFC 4180 CSV `bytes`, blank lines skipped (as the library's table reader
/// does): quoted fields may hold commas, line breaks and doubled quotes.
func csvRecords(_ bytes: [UInt8]) -> [CSVRecord] {
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    var records: [CSVRecord] = []
    var index = 0
    while index < bytes.count {
        let start = index
        var fields: [String] = [], field: [UInt8] = [], quoted = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == quote, index < bytes.count, bytes[index] == quote {
                    field.append(quote)
                    index += 1
                } else if byte == quote {
                    quoted = false
                } else {
                    field.append(byte)
                }
            } else if byte == quote {
                quoted = true
            } else if byte == comma {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if byte == newline {
                break
            } else if byte != carriageReturn || index < bytes.count && bytes[index] != newline {
                field.append(byte)
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        if fields.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            records.append(CSVRecord(fields: fields, range: start..<index))
        }
    }
    return records
}
