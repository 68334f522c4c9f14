import Testing
@testable import Footprint

/// Durations as people and SLURM write them, percentages, and hours against duration.
struct DurationTextTests {
    /// Each accepted form with its hours.
    static let forms: [(String, Double)] = [
        ("3d", 72), ("72h", 72), ("90m", 1.5), ("1h30m", 1.5), ("45s", 0.0125), ("1.5h", 1.5),
        ("2d 12h", 60), ("1 hour 30 minutes", 1.5), ("2H", 2), ("1h0m30s", 1 + 30.0 / 3600),
        ("01:30:00", 1.5), ("72:00:00", 72), ("30:00", 0.5), ("00:45.5", 45.5 / 3600),
        ("2-04:00:00", 52), ("2-04:30", 52.5), ("1-00", 24), (" 0-00:00:36 ", 0.01),
    ]

    @Test(arguments: forms)
    func acceptedForms(_ text: String, _ hours: Double) throws {
        guard case let .number(value) = try JobField.duration.parse(text) else {
            Issue.record("'\(text)' gave no number")
            return
        }
        expectClose(value, hours)
    }

    @Test(arguments: ["72", "3x", "1h1d", "1h30", "h", "", "-1h", "1:75:00", "2-24:00:00", "1-2-3", "1:2:3:4", "3d!", "1.5:00:00"])
    func refusedFormsNameTheFieldAndValue(_ text: String) {
        do {
            _ = try JobField.duration.parse(text)
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect(error.field == .duration)
            #expect(error.description.hasPrefix("duration: "))
            if !text.isEmpty { #expect(error.message.contains("'\(text.trimmingWhitespace())'")) }
            #expect(error.message.contains("2-04:00:00"))
        }
    }

    @Test func aBareNumberAsksForAUnit() {
        #expect(throws: JobError(
            field: .duration,
            message: "'72' is not a duration (a number needs a unit: 72h, 72m or 72s); write \(DurationText.examples)")) {
            try JobField.duration.parse("72")
        }
    }

    @Test func hoursWithUnitsPointsToDuration() {
        #expect(throws: JobError(field: .hours, message: "'3d' is not a number (for a duration with units, use duration)")) {
            try JobField.hours.parse("3d")
        }
    }

    @Test func durationGivesTheSameEstimateAsHours() throws {
        let catalog = try Catalog.builtIn()
        let byHours = try catalog.job(for: JobSpec(parsing: [.power: "400", .hours: "52", .location: "FR"]))
        let byDuration = try catalog.job(for: JobSpec(parsing: [.power: "400", .duration: "2-04:00:00", .location: "FR"]))
        expectClose(byDuration.hours, 52)
        expectClose(Estimator.estimate(byDuration).energyKWh, Estimator.estimate(byHours).energyKWh)
        // Both, equal: accepted.
        let both = try catalog.job(for: JobSpec(parsing: [.power: "400", .hours: "72", .duration: "3d"]))
        expectClose(both.hours, 72)
    }

    @Test func hoursAndDurationThatDifferAreRefusedNamingBoth() throws {
        let catalog = try Catalog.builtIn()
        #expect(throws: JobError(field: .duration, message: "gives 72 h but hours gives 48: give one of duration and hours")) {
            try catalog.job(for: JobSpec(parsing: [.power: "400", .hours: "48", .duration: "3d"]))
        }
    }

    @Test func percentagesWhereAFractionIsAccepted() throws {
        #expect(JobField.allCases.filter(\.isFraction) == [.utilization])
        #expect(try JobField.utilization.parse("60%") == .number(0.6))
        #expect(try JobField.utilization.parse(" 100 % ") == .number(1))
        #expect(throws: JobError(field: .utilization, message: "'abc%' is not a percentage")) { try JobField.utilization.parse("abc%") }
        #expect(throws: JobError(field: .utilization, message: "0 is out of range (more than 0, at most 1)")) { try JobField.utilization.parse("0%") }
        #expect(throws: JobError(field: .utilization, message: "60 is out of range (more than 0, at most 1); for a percentage write 60%")) {
            try JobField.utilization.parse("60")
        }
        #expect(throws: JobError(field: .utilization, message: "1.5 is out of range (more than 0, at most 1)")) {
            try JobField.utilization.parse("1.5")
        }
        // Percentages are for fractions only.
        #expect(throws: JobError(field: .pue, message: "'120%' is not a number")) { try JobField.pue.parse("120%") }
    }

    @Test func anIntensityOrPowerBelowOneIsALargerUnitMistaken() throws {
        #expect(throws: JobError(field: .intensity, message: "0.4 gCO2e/kWh is implausibly low: the unit is gCO2e/kWh (0.4 kg/kWh is 400); give 0 for none")) {
            try JobField.intensity.parse("0.4")
        }
        #expect(throws: JobError(field: .power, message: "0.35 W is implausibly low: the unit is W (0.35 kW is 350); give 0 for none")) {
            try JobField.power.parse("0.35")
        }
        #expect(try JobField.intensity.parse("0") == .number(0))
        #expect(try JobField.intensity.parse("1.9") == .number(1.9))
        #expect(try JobField.power.parse("1") == .number(1))
        #expect(throws: JobError(field: .energy, message: "'120kWh' is not a number (the unit is kWh: give 120 alone)")) {
            try JobField.energy.parse("120kWh")
        }
        #expect(throws: JobError(field: .power, message: "'400 W' is not a number (the unit is W: give 400 alone)")) { try JobField.power.parse("400 W") }
        #expect(throws: JobError(field: .power, message: "'abc' is not a number")) { try JobField.power.parse("abc") }
        // Other fields keep their small values: a PUE overhead, joules per token.
        #expect(try JobField.joulesPerToken.parse("0.36") == .number(0.36))
    }
}
