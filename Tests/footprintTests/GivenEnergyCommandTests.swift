import Testing
@testable import footprint

/// `estimate --energy`: the given energy replaces power × hours, and the report says so.
struct GivenEnergyCommandTests {
    @Test func issueExampleGivesTheEnergyTimesPUE() {
        // 200 kWh × PUE 1.15 (aws) = 230 kWh, not 494.96 kWh.
        let run = runCLI([
            "estimate", "--hardware", "A100 SXM4 80GB", "--count", "8", "--hours", "72", "--energy", "200",
            "--region", "aws:us-east-1", "--utilization", "0.6", "--format", "json",
        ])
        #expect(run.code == 0)
        #expect(run.out.contains("\"energy_kwh\": 230,"))
        #expect(run.out.contains("\"unused_inputs\": [\n    \"utilization\"\n  ]"))
        #expect(run.out.contains("not used: --utilization"))
    }

    @Test func tableSaysDevicesCountOnlyForEmbodied() {
        let run = runCLI(["estimate", "--hardware", "A100 SXM4 80GB", "--count", "8", "--hours", "72", "--energy", "200", "--pue", "1"])
        #expect(run.code == 0)
        #expect(run.out.contains("8 × A100 SXM4 80GB (embodied emissions only: the given energy replaces power × hours)"))
        #expect(run.out.contains("total energy             200.00 kWh"))
        #expect(!run.out.contains("device_power_watts"))
    }
}
