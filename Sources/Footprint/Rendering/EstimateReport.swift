/// An estimate together with the inputs it was made from, ready to render.
public struct EstimateReport: Sendable {
    /// The inputs as the user gave them.
    public let spec: JobSpec
    /// The result.
    public let estimate: Estimate

    /// A report of `estimate`, made from `spec`.
    public init(spec: JobSpec, estimate: Estimate) {
        self.spec = spec
        self.estimate = estimate
    }

    /// The inputs, by field name, as parsed.
    public var inputsJSON: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: spec.values.map { field, value in
            let json: JSONValue = switch value {
            case let .text(text): .string(text)
            case let .integer(number): .integer(number)
            case let .number(number): .number(number)
            }
            return (field.name, json)
        }))
    }
}
