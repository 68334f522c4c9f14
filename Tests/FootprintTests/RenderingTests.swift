import Testing
@testable import Footprint

/// Number formatting and JSON output.
struct RenderingTests {
    @Test func jsonNumbersAreShortAndPlain() {
        #expect(NumberFormat.json(14.000000000000002) == "14")
        #expect(NumberFormat.json(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.json(0.00001) == "0.00001")
        #expect(NumberFormat.json(-2.5) == "-2.5")
        #expect(NumberFormat.json(253.44) == "253.44")
        #expect(NumberFormat.json(1e-7) == "1e-07")
    }

    @Test func fixedAndReadable() {
        #expect(NumberFormat.fixed(14.0000001, 2) == "14.00")
        #expect(NumberFormat.fixed(0.005, 2) == "0.01")
        #expect(NumberFormat.fixed(-0.001, 2) == "0.00")
        #expect(NumberFormat.readable(62.345) == "62.3")
        #expect(NumberFormat.readable(0.0042) == "0.0042")
        #expect(NumberFormat.readable(1) == "1")
    }

    @Test func jsonSortsKeysEscapesAndKeepsSlashes() {
        let value = JSONValue.object(["b": .integer(1), "a": .string("x/y \"q\"\n"), "c": .array([]), "d": .null])
        #expect(value.rendered(pretty: false) == #"{"a":"x/y \"q\"\n","b":1,"c":[],"d":null}"#)
    }

    @Test func estimateJSONEchoesInputsAndSources() throws {
        let catalog = try Catalog.builtIn()
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .hours: "72", .region: "aws:us-east-1"])
        let report = EstimateReport(spec: spec, estimate: Estimator.estimate(try catalog.job(for: spec)), catalog: catalog)
        guard case let .object(json) = report.json, case let .object(inputs)? = json["inputs"],
              case let .array(sources)? = json["sources"] else {
            Issue.record("unexpected JSON shape")
            return
        }
        #expect(inputs["count"] == .integer(8))
        #expect(inputs["region"] == .string("aws:us-east-1"))
        #expect(sources.count >= 4)
        for case let .object(source) in sources {
            #expect(source["source"] != nil && source["year"] != nil)
        }
        #expect(report.csv.hasPrefix("energy_kwh,co2e_kg,"))
        #expect(report.table.contains("kg CO2e"))
    }
}
