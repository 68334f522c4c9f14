/// An estimate together with the inputs it was made from, ready to render.
public struct EstimateReport: Sendable {
    /// The inputs as the user gave them.
    public let spec: JobSpec
    /// The result.
    public let estimate: Estimate
    /// Water, embodied emissions, range, equivalents and per-request figures.
    public let impacts: Impacts

    /// A report of `estimate`, made from `spec`, with its impacts from `catalog`.
    public init(spec: JobSpec, estimate: Estimate, catalog: Catalog, includeEmbodied: Bool = false) {
        self.spec = spec
        self.estimate = estimate
        self.impacts = Impacts(of: estimate, in: catalog, includeEmbodied: includeEmbodied)
    }

    /// The reported CO2e: operational, plus embodied when asked.
    public var co2eKg: Double { estimate.co2eKg + impacts.addedKg }
}

extension JobSpec {
    /// The inputs, by field name, as parsed: the echo of what the user gave.
    package var json: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: values.map { field, value in
            let json: JSONValue = switch value {
            case let .text(text): .string(text)
            case let .integer(number): .integer(number)
            case let .number(number): .number(number)
            }
            return (field.name, json)
        }))
    }
}
