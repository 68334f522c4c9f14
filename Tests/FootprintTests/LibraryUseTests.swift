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
        for (field, value) in [
            (JobField.count, JobValue.number(8)), (.power, .number(-300)), (.utilization, .number(7)),
            (.hours, .number(-72)), (.intensity, .number(-400)), (.pue, .number(0.2)), (.hardware, .text(" ")),
            (.count, .integer(0)), (.hours, .number(.infinity)),
        ] {
            var spec = try JobSpec.parsing([.power: "300", .hours: "1", .intensity: "100"])
            spec.values[field] = value
            #expect(throws: JobError.self) { try catalog.job(for: spec) }
            do { _ = try catalog.job(for: spec) } catch { #expect(error.field == field, "\(field) \(value): \(error)") }
        }
    }

    @Test func typedAndParsedSpecsGiveTheSameEstimate() throws {
        var typed = JobSpec()
        typed.hardware = "H100 SXM5 80GB"
        typed.count = 4
        typed.utilization = 0.6
        typed.duration = 36
        typed.location = "FR"
        let parsed = try JobSpec.parsing([.hardware: "H100 SXM5 80GB", .count: "4", .utilization: "60%", .duration: "1d12h", .location: "FR"])
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
        let spec = try JobSpec.parsing([.power: "250", .hours: "100", .intensity: "560", .pue: "1"])
        let data = try JSONEncoder().encode(try catalog.job(for: spec).estimate())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        expectClose(try #require(object["energy_kwh"] as? Double), 25)
        expectClose(try #require(object["co2e_kg"] as? Double), 14)
        let breakdown = try #require(object["breakdown"] as? [String: Any])
        expectClose(try #require(breakdown["devices_kwh"] as? Double), 25)
    }
}
