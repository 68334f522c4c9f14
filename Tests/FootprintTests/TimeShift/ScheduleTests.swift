import Footprint
import Testing

@Suite("TimeShift interruptible and threshold schedules")
struct TimeShiftScheduleTests {
    let t0 = at("2024-01-01T00:00:00Z")

    @Test("interruptible: the cheapest slots up to the duration, the last one cut short")
    func interruptible() throws {
        let series = try hourlySeries([50, 10, 40, 10, 30, 20])
        let job = TimeShiftJob(facilityKWhPerHour: 2, hours: 2.5)
        let plan = try InterruptibleSchedule.plan(TimeShiftQuery(job: job), in: series)
        #expect(plan.slots == [ScheduledSlot(start: t0 + 3600, end: t0 + 7200, intensity: 10),
                               ScheduledSlot(start: t0 + 3 * 3600, end: t0 + 4 * 3600, intensity: 10),
                               ScheduledSlot(start: t0 + 5 * 3600, end: t0 + 5 * 3600 + 1800, intensity: 20)])
        #expect(plan.slotStarts == [t0 + 3600, t0 + 3 * 3600, t0 + 5 * 3600])
        #expect(isNear(plan.averageIntensity, 12))
        #expect(plan.completion == t0 + 5 * 3600 + 1800)
        #expect(isNear(plan.startNow?.averageIntensity, 32))
        #expect(isNear(plan.co2eKg, 5 * 12 / 1000))
        #expect(isNear(plan.savingPercent, 62.5))

        let byDeadline = try InterruptibleSchedule.plan(TimeShiftQuery(job: job, latestEnd: t0 + 4 * 3600), in: series)
        #expect(byDeadline.slotStarts == [t0 + 3600, t0 + 2 * 3600, t0 + 3 * 3600])
        #expect(isNear(byDeadline.averageIntensity, 16))
    }

    @Test("interruptible: ties go to the earlier slot; gaps are never used")
    func interruptibleTiesAndGaps() throws {
        let series = try hourlySeries([30, nil, 30, 30, nil])
        let plan = try InterruptibleSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2)), in: series)
        #expect(plan.slotStarts == [t0, t0 + 2 * 3600])
        #expect(plan.gaps.count == 2)
        #expect(throws: TimeShiftError.notEnoughData(zone: "Z", availableSeconds: 3 * 3600, neededSeconds: 4 * 3600)) {
            try InterruptibleSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 4)), in: series)
        }
    }

    @Test("interruptible across zones: the lowest mean wins")
    func interruptibleZones() throws {
        let a = try hourlySeries([100, 10, 100, 100], zone: "A").zones[0].points
        let b = try hourlySeries([20, 20, 20, 20], zone: "B").zones[0].points
        let readings = a.map { IntensityReading(zone: "A", start: $0.start, intensity: $0.intensity) }
            + b.map { IntensityReading(zone: "B", start: $0.start, intensity: $0.intensity) }
        let series = try IntensitySeries(readings: readings)
        #expect(try InterruptibleSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1)), in: series).zone == "A")
        #expect(try InterruptibleSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2)), in: series).zone == "B")
    }

    @Test("threshold: runs strictly below the threshold, pauses over gaps and high hours")
    func threshold() throws {
        let series = try hourlySeries([300, 150, 200, nil, 120, 199.5, 90, 400])
        let job = TimeShiftJob(facilityKWhPerHour: 1, hours: 3.5)
        let plan = try ThresholdSchedule.plan(TimeShiftQuery(job: job), threshold: 200, in: series)
        #expect(plan.firstRunStart == t0 + 3600)
        #expect(plan.slots.map(\.start) == [t0 + 3600, t0 + 4 * 3600, t0 + 5 * 3600, t0 + 6 * 3600])
        #expect(plan.completion == t0 + 6 * 3600 + 1800)
        #expect(plan.runSeconds == 3 * 3600 + 1800)
        #expect(plan.pausedSeconds == 7200)
        #expect(isNear(plan.averageIntensity, (150 + 120 + 199.5 + 45) / 3.5))
        #expect(plan.startNow == nil)  // the data hold a gap within 3.5 h of the start

        // Starting mid-interval clips the first slot.
        let later = try ThresholdSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1), earliestStart: t0 + 5400), threshold: 200, in: series)
        #expect(later.slots.first == ScheduledSlot(start: t0 + 5400, end: t0 + 7200, intensity: 150))
        #expect(later.completion == t0 + 4 * 3600 + 1800)

        #expect(throws: TimeShiftError.thresholdNotReached(zone: "Z", threshold: 100, runSeconds: 3600, neededSeconds: 7200)) {
            try ThresholdSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2)), threshold: 100, in: series)
        }
        #expect(throws: TimeShiftError.self) {
            try ThresholdSchedule.plan(TimeShiftQuery(job: job), threshold: .nan, in: series)
        }
    }

    @Test("threshold across zones: the earliest completion wins; failing zones are listed")
    func thresholdZones() throws {
        var readings: [IntensityReading] = []
        for (zone, values) in [("A", [500.0, 100, 100]), ("B", [100.0, 500, 100]), ("C", [900.0, 900, 900])] {
            for (k, value) in values.enumerated() {
                readings.append(IntensityReading(zone: zone, start: t0 + Int64(k) * 3600, intensity: value))
            }
        }
        let series = try IntensitySeries(readings: readings)
        let plan = try ThresholdSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2)), threshold: 200, in: series)
        #expect(plan.zone == "A")  // completes at 03:00, as B does, at the same mean: A by name
        let one = try ThresholdSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1)), threshold: 200, in: series)
        #expect(one.zone == "B" && one.completion == t0 + 3600)
        do {
            _ = try ThresholdSchedule.plan(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1)), threshold: 50, in: series)
            Issue.record("expected an error")
        } catch {
            guard case .noZoneQualifies(let failures) = error else { Issue.record("unexpected \(error)"); return }
            #expect(failures.map(\.zone) == ["A", "B", "C"])
            #expect(error.description.hasPrefix("no zone can run the job:\n  A: intensity is below 50.0 g/kWh for only 0 s"))
        }
    }
}
