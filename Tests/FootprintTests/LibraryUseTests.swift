import Foundation
import Testing
import Footprint

/// What a library user tries first (issue 12's "Done means"), each in a few obvious lines
/// with the public API only (no `@testable`).
struct LibraryUseTests {
    let catalog = try! Catalog.builtIn()

    @Test func namedJobWithSources() throws {
        // 8 × 400 W × 72 h = 230.4 kWh; × PUE 1.15 = 264.96 kWh; × 310.8 g = 82.35 kg (README).
        var spec = JobSpec()
        spec.hardware = "A100 SXM4 80GB"
        spec.count = 8
        spec.hours = 72
        spec.region = "aws:us-east-1"
        let estimate = try catalog.job(for: spec).estimate()
        expectClose(estimate.energyKWh, 264.96)
        expectClose(estimate.co2eKg, 264.96 * estimate.job.intensity / 1000)
        expectClose(estimate.co2eKg, 82.34, relative: 1e-3)
        let sources = estimate.job.usedFactors.map(\.name)
        #expect(sources.contains("intensity_g_per_kwh") && sources.contains("pue") && sources.contains("device_power_watts"))
    }

    @Test func rankingAcrossAndWithinAProvider() throws {
        var spec = JobSpec()
        spec.power = 1000
        spec.hours = 10
        spec.region = "aws:us-east-1"
        let job = try catalog.job(for: spec)
        let estimate = job.estimate()
        let ranking = Ranking(job: job, sites: catalog.sites(matching: SiteFilter(kinds: [.region])), baseline: estimate)
        let first = try #require(ranking.alternatives.first)
        // 1 kW × 10 h × the site's PUE × its intensity.
        expectClose(first.estimate.co2eKg, 10 * first.site.pue.value * first.site.intensity.value / 1000)
        expectClose(try #require(first.savingKg), estimate.co2eKg - first.estimate.co2eKg)
        #expect(ranking.alternatives.map(\.estimate.co2eKg) == ranking.alternatives.map(\.estimate.co2eKg).sorted())
        let aws = Ranking(job: job, sites: catalog.sites(matching: SiteFilter(kinds: [.region], providers: ["aws"])), baseline: estimate)
        #expect(aws.alternatives.allSatisfy { $0.site.provider == "aws" })
        #expect(aws.alternatives.contains { $0.isJobLocation })
        let best = BestAlternatives(to: estimate, in: catalog)
        #expect(best.sameProvider?.site.id == aws.alternatives.first?.site.id)
        #expect(best.overall?.site.id == first.site.id)
    }

    @Test func bestWindowInASeriesBuiltInCode() throws {
        // 2 kW at PUE 1 for 4 h: 8 kWh. Day 100 g/kWh (06:00-18:00), night 400: the best
        // window lies wholly in the day, 0.8 kg.
        var spec = JobSpec()
        spec.power = 2000
        spec.hours = 4
        spec.pue = 1
        spec.intensity = 1
        let job = try catalog.job(for: spec)
        let readings = (0..<48).map { hour in
            IntensityReading(
                zone: "GB", start: 1_717_200_000 + Int64(hour) * 3600,
                intensity: (6..<18).contains(hour % 24) ? 100 : 400, durationSeconds: 3600)
        }
        let window = try IntensitySeries(readings: readings).bestWindow(for: TimeShiftQuery(job: job))
        expectClose(window.averageIntensity, 100)
        expectClose(window.co2eKg, 0.8)
    }

    @Test func explicitNumbersWithoutCatalogNames() throws {
        // 250 W × 100 h × PUE 1 = 25 kWh; × 560 g = 14 kg.
        var spec = JobSpec()
        spec.power = 250
        spec.hours = 100
        spec.intensity = 560
        spec.pue = 1
        let estimate = try catalog.job(for: spec).estimate()
        expectClose(estimate.energyKWh, 25)
        expectClose(estimate.co2eKg, 14)
    }

    @Test func typedValuesAreCheckedLikeText() throws {
        let faults: [(JobField, (inout JobSpec) -> Void)] = [
            (.count, { $0.count = 0 }), (.power, { $0.power = -300 }), (.utilization, { $0.utilization = 7 }),
            (.hours, { $0.hours = -72 }), (.intensity, { $0.intensity = -400 }), (.pue, { $0.pue = 0.2 }),
            (.hardware, { $0.hardware = " " }), (.hours, { $0.hours = .infinity }), (.runs, { $0.runs = -1 }),
        ]
        for (field, fault) in faults {
            var spec = try JobSpec(parsing: [.power: "300", .hours: "1", .intensity: "100"])
            fault(&spec)
            #expect(throws: JobError.self) { try catalog.job(for: spec) }
            do { _ = try catalog.job(for: spec) } catch { #expect(error.field == field, "\(field): \(error)") }
        }
    }

    @Test func typedAndParsedSpecsGiveTheSameEstimate() throws {
        var typed = JobSpec()
        typed.hardware = "H100 SXM5 80GB"
        typed.count = 4
        typed.utilization = 0.6
        typed.duration = 36
        typed.location = "FR"
        let parsed = try JobSpec(parsing: [.hardware: "H100 SXM5 80GB", .count: "4", .utilization: "60%", .duration: "1d12h", .location: "FR"])
        #expect(typed == parsed)
        expectClose(try catalog.job(for: typed).estimate().co2eKg, try catalog.job(for: parsed).estimate().co2eKg)
    }

    @Test func lookupsGiveStructuredSuggestions() throws {
        var spec = JobSpec()
        spec.hardware = "A100"
        spec.hours = 1
        do {
            _ = try catalog.job(for: spec)
            Issue.record("an ambiguous name was estimated")
        } catch {
            #expect(error.field == .hardware)
            let lookup = try #require(error.lookup)
            #expect(lookup.problem == .ambiguous)
            #expect(lookup.candidates.map(\.name) == ["A100 PCIe 40GB", "A100 PCIe 80GB", "A100 SXM4 40GB", "A100 SXM4 80GB"])
            #expect(lookup.candidates.map(\.value) == [250, 300, 400, 400])
        }
    }

    @Test func unknownNamesGiveTheClosestCandidates() throws {
        do {
            _ = try catalog.region(named: "aws:us-esat-1")
            Issue.record("a misspelt region was found")
        } catch {
            let lookup = try #require(error.lookup)
            #expect(lookup.problem == .unknown && lookup.kind == "region" && lookup.name == "aws:us-esat-1")
            let east = try #require(lookup.candidates.first { $0.id == "aws:us-east-1" })
            // The candidate carries the region's intensity, as the README's estimate uses it.
            expectClose(east.value, 310.8, relative: 1e-3)
            #expect(east.unit == "gCO2e/kWh")
        }
        do {
            _ = try catalog.device(named: "A100 SXM4 90GB")
            Issue.record("an unknown device was found")
        } catch {
            let lookup = try #require(error.lookup)
            #expect(lookup.problem == .unknown)
            #expect(lookup.candidates.contains { $0.name == "A100 SXM4 80GB" && $0.value == 400 && $0.unit == "W" })
        }
    }

    @Test func concurrentUseFromATaskGroup() async throws {
        // Catalog, JobSpec, Job and Estimate are Sendable: one catalog serves many tasks.
        let catalog = self.catalog
        let totals = try await withThrowingTaskGroup(of: Double.self) { group in
            for count in 1...8 {
                group.addTask {
                    var spec = JobSpec()
                    spec.power = 100
                    spec.count = count
                    spec.hours = 10
                    spec.intensity = 200
                    spec.pue = 1
                    return try catalog.job(for: spec).estimate().co2eKg
                }
            }
            return try await group.reduce(0, +)
        }
        // 100 W × 10 h × 200 g = 0.2 kg per device; 1 + ... + 8 = 36 devices.
        expectClose(totals, 7.2)
    }

    @Test func jsonThroughJSONEncoder() throws {
        let spec = try JobSpec(parsing: [.power: "250", .hours: "100", .intensity: "560", .pue: "1"])
        let data = try JSONEncoder().encode(try catalog.job(for: spec).estimate())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        expectClose(try #require(object["energy_kwh"] as? Double), 25)
        expectClose(try #require(object["co2e_kg"] as? Double), 14)
        let breakdown = try #require(object["breakdown"] as? [String: Any])
        expectClose(try #require(breakdown["devices_kwh"] as? Double), 25)
    }
}
