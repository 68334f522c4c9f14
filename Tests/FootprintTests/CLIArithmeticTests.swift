import Testing
import Footprint

/// What the command used to compute itself, now one call on the library: a time-shift job's
/// energy per hour (energy-only jobs included) and the hours that fit a budget.
struct CLIArithmeticTests {
    let catalog = try! Catalog.builtIn()

    @Test func timeShiftJobFromPower() throws {
        // 2 × 300 W × 0.5 + 100 GB memory at the table's W/GB, × PUE 1.2, for 4 h.
        let job = try catalog.job(for: try JobSpec(parsing: [
            .power: "300", .count: "2", .utilization: "0.5", .hours: "4", .intensity: "100", .pue: "1.2",
        ]))
        let shift = try TimeShiftJob(job: job)
        expectClose(shift.facilityKWhPerHour, 0.36)
        expectClose(shift.hours, 4)
        expectClose(shift.energyKWh, job.estimate().energyKWh)
    }

    @Test func timeShiftJobFromGivenEnergy() throws {
        // 12 kWh IT × PUE 1.5 over 6 h: 3 kWh per hour, not power × hours, not infinite.
        let job = try catalog.job(for: try JobSpec(parsing: [.energy: "12", .hours: "6", .intensity: "100", .pue: "1.5"]))
        let shift = try TimeShiftJob(job: job)
        expectClose(shift.facilityKWhPerHour, 3)
        expectClose(shift.energyKWh, 18)
    }

    @Test func energyOnlyJobWithoutHoursCannotBePlaced() throws {
        let job = try catalog.job(for: try JobSpec(parsing: [.energy: "12", .intensity: "100"]))
        #expect(job.facilityKWhPerHour == nil)
        #expect(throws: TimeShiftError.self) { try TimeShiftJob(job: job) }
    }

    @Test func budgetFitsHoursOfAJob() throws {
        // 8 × 400 W × PUE 1.5 = 4.8 kWh per hour; at 250 g, 1.2 kg per hour: 50 kg is 41.67 h.
        let spec = try JobSpec(parsing: [.hardware: "A100 SXM4 80GB", .count: "8", .intensity: "250", .pue: "1.5"])
        let fit = try Budget(limit: 50, quantity: .co2eKg).fit(spec, in: catalog)
        expectClose(fit.perHour, 1.2)
        expectClose(fit.fixed, 0)
        expectClose(fit.maxHours!, 50 / 1.2)
        let energy = try Budget(limit: 48, quantity: .energyKWh).fit(spec, in: catalog)
        expectClose(energy.maxHours!, 10)
    }

    @Test func budgetOfAnEnergyOnlyJobHasNoHourlyCost() throws {
        // A given energy does not grow with hours: 100 kWh × 1.5 × 250 g = 37.5 kg, fixed.
        let spec = try JobSpec(parsing: [.energy: "100", .intensity: "250", .pue: "1.5"])
        let fit = try Budget(limit: 50, quantity: .co2eKg).fit(spec, in: catalog)
        expectClose(fit.fixed, 37.5)
        expectClose(fit.perHour, 0)
        #expect(fit.maxHours == nil)
        let over = try Budget(limit: 30, quantity: .co2eKg).fit(spec, in: catalog)
        expectClose(Budget(limit: 30, quantity: .co2eKg).percentOver(over.fixed), 25)
    }
}
