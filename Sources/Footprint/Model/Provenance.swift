/// Where a factor comes from: the source it cites and the year of the figure.
package struct Provenance: Sendable, Hashable {
    /// A short citation, or the flag or column the user gave the value with.
    package let source: String
    /// The year of the figure (its vintage); nil for values the user supplied.
    package let year: Int?
    /// The table the row was read from (`hardware.csv`), nil for user input.
    package let table: String?

    /// A provenance from a data table.
    package init(source: String, year: Int?, table: String?) {
        self.source = source
        self.year = year
        self.table = table
    }

    /// The default utilisation of 1.0: devices at their maximum board power.
    package static let defaultUtilization = Provenance(
        source: "default: maximum board power, as ML CO2 Impact and Green Algorithms assume", year: nil, table: nil)

    /// A value the user supplied through `input` (a flag such as `--pue`, or a column).
    package static func userInput(_ input: String) -> Provenance {
        Provenance(source: "user input (\(input))", year: nil, table: nil)
    }
}

/// A number used in an estimate, with where it comes from: its source, year and table.
public struct Factor: Sendable, Hashable {
    /// The value in the unit its name states.
    public let value: Double
    /// Where the value comes from.
    package let provenance: Provenance

    /// A value with its provenance.
    package init(_ value: Double, _ provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }

    /// A short citation of the value's source, or the option or column the user gave it with.
    public var source: String { provenance.source }
    /// The year of the figure (its vintage); nil for a value the user gave.
    public var year: Int? { provenance.year }
    /// The data table the value was read from (`hardware.csv`); nil for a value the user gave.
    public var table: String? { provenance.table }

    /// The same value with `note` added to its source, in brackets.
    package func noting(_ note: String) -> Factor {
        Factor(value, Provenance(source: "\(provenance.source) [\(note)]", year: provenance.year, table: provenance.table))
    }
}
