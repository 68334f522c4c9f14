/// A calendar period derived from an ISO 8601 date (`2024-03-15` or a timestamp).
enum DatePeriod: String, Sendable {
    case month, quarter, year

    /// `2024-03`, `2024-Q1` or `2024`; `(no date)` when `text` does not start with
    /// `YYYY-MM`.
    func label(of text: String) -> String {
        let bytes = Array(text.utf8.prefix(7))
        let digits = [0, 1, 2, 3, 5, 6]
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), digits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return "(no date)" }
        let year = String(decoding: bytes[0..<4], as: UTF8.self)
        let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)) ?? 0
        guard (1...12).contains(month) else { return "(no date)" }
        switch self {
        case .month: return year + "-" + String(decoding: bytes[5..<7], as: UTF8.self)
        case .quarter: return "\(year)-Q\((month - 1) / 3 + 1)"
        case .year: return year
        }
    }
}
