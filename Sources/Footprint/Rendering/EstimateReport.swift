/// An estimate together with the inputs it was made from, ready to render.
package struct EstimateReport: Sendable {
    /// The inputs as the user gave them.
    package let spec: JobSpec
    /// The result.
    package let estimate: Estimate
    /// Water, embodied emissions, range, equivalents and per-request figures.
    package let impacts: Impacts

    /// A report of `estimate`, made from `spec`, with its impacts from `catalog`.
    package init(spec: JobSpec, estimate: Estimate, catalog: Catalog, includeEmbodied: Bool = false) {
        self.spec = spec
        self.estimate = estimate
        self.impacts = Impacts(of: estimate, in: catalog, includeEmbodied: includeEmbodied)
    }

    /// The reported CO2e: operational, plus embodied when asked.
    package var co2eKg: Double { estimate.co2eKg + impacts.addedKg }
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
