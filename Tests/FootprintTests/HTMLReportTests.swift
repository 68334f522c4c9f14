import Testing
@testable import Footprint

/// The HTML reports: escaped text, charts whose marks match the numbers, no external requests.
struct HTMLReportTests {
    let catalog = try! Catalog.builtIn()

    /// The `data-value` and `width` of every `<rect class="bar …">` of `svg`, in order.
    func bars(in svg: String) -> [(value: Double, width: Double)] {
        svg.split(separator: "<rect class=\"bar").dropFirst().map { tail in
            (attribute("data-value", in: tail), attribute("width", in: tail))
        }
    }

    func attribute(_ name: String, in text: Substring) -> Double {
        let start = text.range(of: " \(name)=\"")!.upperBound
        return Double(text[start...].prefix { $0 != "\"" })!
    }

    @Test func horizontalBarsAreProportionalToTheirValues() {
        let values = [12.0, 3, 30, 0.5]
        let svg = SVGChart.horizontalBars(values.map { SVGChart.Bar(label: "site \($0)", value: $0) }, unit: "kg CO2e", title: "t")
        let found = bars(in: svg)
        #expect(found.map(\.value) == values)
        let perUnit = found[2].width / 30
        for bar in found { #expect(abs(bar.width - bar.value * perUnit) < 0.01) }
        #expect(svg.contains(">kg CO2e</text>"))
        #expect(svg.contains(">0</text>") && svg.contains(">30</text>"))
    }

    @Test func textIsEscapedEverywhere() {
        #expect(HTML.escape("<b a=\"x\">&'") == "&lt;b a=&quot;x&quot;&gt;&amp;&#39;")
        let svg = SVGChart.horizontalBars([SVGChart.Bar(label: "<script>alert(1)</script>", value: 1)], unit: "kg", title: "<t>")
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        let page = HTML.document(title: "a<b", subtitle: "", body: "")
        #expect(page.contains("<title>a&lt;b</title>"))
    }

    @Test func estimatePageHasTheBreakdownAndFactorsAndNoExternalRequests() throws {
        var spec = JobSpec()
        for (field, value) in [(JobField.hardware, "A100 SXM4 80GB"), (.count, "8"), (.hours, "72"), (.region, "aws:us-east-1"), (.memory, "512")] {
            try spec.set(field, value)
        }
        let report = EstimateReport(spec: spec, estimate: Estimator.estimate(try catalog.job(for: spec)), catalog: catalog, includeEmbodied: true)
        let page = report.html
        let segments = bars(in: page)
        // devices, memory, PUE overhead, embodied: they add up to the reported CO2e.
        #expect(segments.count == 4)
        #expect(abs(segments.map(\.value).reduce(0, +) - report.co2eKg) < 1e-9)
        #expect(abs(segments.map(\.width).reduce(0, +) - (SVGChart.width - 20)) < 0.05)
        #expect(page.contains("prefers-color-scheme: dark") && page.contains("@media print"))
        #expect(page.contains("Factors") && page.contains("eGRID") && page.contains("water"))
        #expect(!page.contains("http") && !page.contains("<script"))
    }

    @Test func stepChartDrawsOneStepPerPointAndShadesTheWindow() {
        let points: [(span: SVGChart.Span, value: Double)] = [((0, 3600), 100), ((3600, 7200), 300), ((10800, 14400), 200)]
        let svg = SVGChart.stepChart(
            points, from: 0, to: 14400, shaded: [(3600, 7200)], gaps: [(7200, 10800)], marker: 0, markerLabel: "start now",
            unit: "gCO2e/kWh", title: "t")
        #expect(svg.contains("data-steps=\"3\""))
        #expect(svg.components(separatedBy: "class=\"window\"").count == 2)
        #expect(svg.components(separatedBy: "class=\"gap\"").count == 2)
        #expect(svg.contains("class=\"now\"") && svg.contains(">start now</text>") && svg.contains(">time (UTC)</text>"))
        // The gap breaks the line: a new subpath starts after it.
        #expect(svg.components(separatedBy: "M").count - 1 == 2)
    }

    @Test func teamAndMonthTotalsAddUpToTheBatchTotal() throws {
        let teams = ["llm", "vision", "speech"]
        var input = "job,team,start,hardware,count,hours,region\n"
        for row in 0..<200 {
            let month = row % 12 + 1
            let hardware = row % 17 == 0 ? "no such gpu" : ["A100 SXM4 80GB", "H100 SXM5 80GB", "L4"][row % 3]
            input += "j\(row),\(teams[row % 3 == 0 ? 0 : row % 5 % 3]),2024-\(month < 10 ? "0" : "")\(month)-0\(row % 9 + 1),\(hardware),\(row % 8 + 1),\(row % 24 + 1),"
                + ["aws:us-east-1", "gcp:europe-west4", "azure:westeurope"][row % 3 == 1 ? 1 : row % 2] + "\n"
        }
        let bytes = Array(input.utf8)
        for groupBy in [["team"], ["month"], ["team", "quarter"]] {
            var digest = BatchDigest(groupBy: groupBy, dateColumn: "start")
            var offset = 0
            let summary = try BatchStream.run(
                catalog: catalog, defaults: JobSpec(), format: .csv,
                read: { buffer in
                    let count = min(4096, buffer.count, bytes.count - offset)
                    for index in 0..<count { buffer[index] = bytes[offset + index] }
                    offset += count
                    return count
                },
                write: { output in
                    // In small pieces, so records arrive split.
                    for start in stride(from: 0, to: output.count, by: 7) { try digest.consume(Array(output[start..<min(start + 7, output.count)])) }
                },
                report: { digest.record($0) })!
            try digest.finish()
            let groups = digest.sortedGroups
            #expect(groups.reduce(0) { $0 + $1.totals.jobs } == summary.ok)
            #expect(groups.reduce(0) { $0 + $1.totals.errors } == summary.errors)
            #expect(abs(groups.reduce(0) { $0 + $1.totals.co2eKg } - summary.co2eKg) < 1e-6 * summary.co2eKg)
            #expect(abs(groups.reduce(0) { $0 + $1.totals.energyKWh } - summary.energyKWh) < 1e-6 * summary.energyKWh)
            #expect(digest.totals.jobs == summary.ok && abs(digest.totals.co2eKg - summary.co2eKg) < 1e-6 * summary.co2eKg)
            #expect(digest.errors.count == summary.errors)
            if groupBy == ["month"] { #expect(groups.map(\.key) == (1...12).map { [$0 < 10 ? "2024-0\($0)" : "2024-\($0)"] }) }
            if groupBy == ["team"] { #expect(groups.map(\.key) == [["llm"], ["speech"], ["vision"]]) }
            #expect(digest.top.count == 20 && digest.top == digest.top.sorted { $0.co2eKg > $1.co2eKg })
        }
    }

    @Test func periodsComeFromISODates() {
        #expect(DatePeriod.month.label(of: "2024-03-15") == "2024-03")
        #expect(DatePeriod.quarter.label(of: "2024-11-02T10:00:00Z") == "2024-Q4")
        #expect(DatePeriod.year.label(of: "2023-01") == "2023")
        #expect(DatePeriod.month.label(of: "15/03/2024") == "(no date)")
        #expect(DatePeriod.month.label(of: "2024-13-01") == "(no date)")
    }

    @Test func groupingByAMissingColumnSaysWhichColumnsThereAre() {
        var digest = BatchDigest(groupBy: ["tem"])
        #expect(throws: JobError.self) { try digest.consume(Array("job,team,\(BatchProcessor.resultColumns.joined(separator: ","))\n".utf8)) }
    }
}
