import Foundation
import Footprint
import Testing

/// Reference files for the time-shifting tests, in `<repo>/Tests/Fixtures/timeshift/`
/// (found from this file's path), with their README and licence notice; nothing outside the
/// repository is read.
enum TimeShiftReference {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "time-shift test fixture not found at \(path)" }
    }

    /// The fixture folder (`#filePath` → TimeShift → FootprintTests → Tests).
    static var directory: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/timeshift").path
    }

    /// The bytes of `relativePath` inside the fixture folder; throws `Missing` (so the test
    /// fails, never skips) when the folder or file is absent.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let path = directory + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else { throw Missing(path: path) }
        return [UInt8](data)
    }

    /// A golden CSV file as a table.
    static func table(_ relativePath: String) throws -> CSVTable {
        try CSVTable(name: relativePath, bytes: bytes(relativePath))
    }
}

/// A golden table row by column name.
struct GoldenRow {
    let table: CSVTable
    let row: CSVRow

    subscript(_ column: String) -> String {
        guard let index = table.header.firstIndex(of: column), index < row.cells.count else { return "" }
        return row.cells[index].trimmingCharacters(in: .whitespaces)
    }

    static func all(_ table: CSVTable) -> [GoldenRow] { table.rows.map { GoldenRow(table: table, row: $0) } }
}

/// Whether `actual` equals the `printed` golden value: within half a unit of its last
/// printed decimal (golden values are rounded), plus a relative 1e-6 for computed noise.
func matchesPrinted(_ actual: Double?, _ printed: String) -> Bool {
    guard let actual, let expected = Double(printed) else { return false }
    let decimals = printed.split(separator: ".").dropFirst().first?.count ?? 0
    var half = 0.5
    for _ in 0..<decimals { half /= 10 }
    return abs(actual - expected) <= half + 1e-6 * max(1, abs(expected))
}

/// Relative comparison of computed doubles.
func isNear(_ a: Double?, _ b: Double, relative: Double = 1e-6) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= relative * max(1, abs(b))
}

/// Seconds since the epoch of a test timestamp (must be valid).
func at(_ text: String) -> Int64 {
    guard let seconds = Timestamp.parse(text) else {
        Issue.record("bad test timestamp \(text)")
        return 0
    }
    return seconds
}

/// An hourly single-zone series from `values` starting at `start` (`nil` = missing).
func hourlySeries(_ values: [Double?], zone: String = "Z", start: String = "2024-01-01T00:00:00Z") throws -> IntensitySeries {
    let origin = at(start)
    let readings = values.enumerated().map { k, value in
        IntensityReading(zone: zone, start: origin + Int64(k) * 3600, intensity: value)
    }
    return try IntensitySeries(readings: readings)
}
