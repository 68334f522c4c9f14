import Footprint

/// `--basis` and `--intensity-source`: which intensity figures a command's catalog uses.
enum IntensityViewOptions {
    /// `--basis lifecycle|direct`.
    static let basis = OptionSpec(
        name: "basis", valueName: Basis.allCases.map(\.rawValue).joined(separator: "|"),
        help: "grid intensity basis: lifecycle (default; combustion plus supply chain) or direct (combustion only)")
    /// `--intensity-source grid|provider`.
    static let source = OptionSpec(
        name: "intensity-source", valueName: IntensitySource.allCases.map(\.rawValue).joined(separator: "|"),
        help: "grid (default: the grid zone's figure) or provider (a cloud provider's own figure where published)")
    /// Both options.
    static let options = [basis, source]

    /// The view the options describe (the standard view when neither is given).
    static func view(_ arguments: ParsedArguments) throws(CLIError) -> IntensityView {
        IntensityView(basis: try choice(basis, arguments, default: .lifecycle), source: try choice(source, arguments, default: .grid))
    }

    private static func choice<T: RawRepresentable & CaseIterable>(
        _ option: OptionSpec, _ arguments: ParsedArguments, default value: T
    ) throws(CLIError) -> T where T.RawValue == String {
        guard let text = arguments.values[option.name] else { return value }
        guard let choice = T(rawValue: text.lowercased()) else {
            throw .usage("--\(option.name): unknown value '\(text)' (choose \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return choice
    }
}
