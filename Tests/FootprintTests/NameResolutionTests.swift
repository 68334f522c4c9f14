import Testing
@testable import Footprint

/// Looking up names, ignoring case, spaces and punctuation, with suggestions.
struct NameResolutionTests {
    let catalog = try! Catalog.builtIn()

    @Test func hardwareSpellingsResolveToOneDevice() throws {
        let canonical = try catalog.hardware.resolve("A100 SXM4 80GB", kind: "hardware")
        for spelling in ["a100 sxm4 80gb", "A100-SXM4-80GB", "NVIDIA A100-SXM4-80GB", canonical.id] {
            #expect(try catalog.hardware.resolve(spelling, kind: "hardware").id == canonical.id, "\(spelling)")
        }
        expectClose(canonical.maxPowerWatts, 400)
    }

    @Test func ambiguousNameListsCandidates() {
        #expect {
            try catalog.hardware.resolve("A100", kind: "hardware")
        } throws: { error in
            guard case let LookupError.ambiguous(_, _, candidates) = error else { return false }
            return candidates.contains("A100 SXM4 80GB") && candidates.count > 1
        }
    }

    @Test func typoSuggestsTheIntendedName() {
        #expect {
            try catalog.hardware.resolve("H100 SXM6 80GB", kind: "hardware")
        } throws: { error in
            guard case let LookupError.unknown(_, _, suggestions) = error else { return false }
            return suggestions.first == "H100 SXM5 80GB"
        }
        let message = LookupError.unknown(kind: "hardware", name: "x", suggestions: ["A", "B"]).description
        #expect(message == "unknown hardware 'x'; did you mean 'A' or 'B'?")
    }

    @Test func locationsByCodeNameAndState() throws {
        #expect(try catalog.grids.resolve("fr", kind: "location").id == "FR")
        #expect(try catalog.grids.resolve("France", kind: "location").id == "FR")
        #expect(try catalog.grids.resolve("FRA", kind: "location").id == "FR")
        #expect(try catalog.grids.resolve("US-VA", kind: "location").id == "US-EGRID-SRVC")
        #expect(try catalog.grids.resolve("CA-QC", kind: "location").id == "CA-QC")
    }

    @Test func regionsByProviderAndId() throws {
        #expect(try catalog.regions.resolve("AWS:US-EAST-1", kind: "region").id == "aws:us-east-1")
        #expect(try catalog.regions.resolve("azure:westeurope", kind: "region").provider == "azure")
        #expect(throws: LookupError.self) { try catalog.regions.resolve("aws:us-east-9", kind: "region") }
    }

    @Test func jobErrorsNameTheField() {
        #expect {
            try catalog.job(for: try JobSpec.parsing([.hardware: "A100 SXM9 80GB", .hours: "1"]))
        } throws: { error in
            guard let error = error as? JobError else { return false }
            return error.field == .hardware && error.reason == .unknownName && error.message.contains("did you mean")
        }
    }
}
