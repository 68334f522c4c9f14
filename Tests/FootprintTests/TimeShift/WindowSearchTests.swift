import Footprint
import Testing

@Suite("TimeShift window search")
struct TimeShiftWindowSearchTests {
    let t0 = at("2024-01-01T00:00:00Z")

    @Test("a deadline shorter than the job is a clear error")
    func deadlineTooSoon() throws {
        let series = try hourlySeries([1, 2, 3, 4, 5, 6])
        let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 4), earliestStart: t0 + 3600, latestEnd: t0 + 4 * 3600)
        #expect(throws: TimeShiftError.deadlineTooSoon(earliestStart: t0 + 3600, latestEnd: t0 + 4 * 3600, jobSeconds: 4 * 3600)) {
            try WindowSearch.best(query, in: series)
        }
        let error = TimeShiftError.deadlineTooSoon(earliestStart: t0 + 3600, latestEnd: t0 + 4 * 3600, jobSeconds: 4 * 3600)
        #expect(error.description == "the job takes 4 h but only 3 h lie between the earliest start 2024-01-01T01:00:00Z and the deadline 2024-01-01T04:00:00Z")
        // The schedules check the same.
        #expect(throws: TimeShiftError.self) { try InterruptibleSchedule.plan(query, in: series) }
        #expect(throws: TimeShiftError.self) { try ThresholdSchedule.plan(query, threshold: 100, in: series) }
        // A deadline before the earliest start, too.
        let backwards = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1), earliestStart: t0 + 7200, latestEnd: t0)
        #expect(throws: TimeShiftError.self) { try WindowSearch.best(backwards, in: series) }
    }

    @Test("bad jobs, steps and zones are rejected")
    func badQueries() throws {
        let series = try hourlySeries([1, 2, 3])
        for job in [TimeShiftJob(facilityKWhPerHour: 1, hours: 0), TimeShiftJob(facilityKWhPerHour: -1, hours: 1),
                    TimeShiftJob(facilityKWhPerHour: 1, hours: .nan), TimeShiftJob(facilityKWhPerHour: .infinity, hours: 1)] {
            #expect(throws: TimeShiftError.self) { try WindowSearch.best(TimeShiftQuery(job: job), in: series) }
        }
        let job = TimeShiftJob(facilityKWhPerHour: 1, hours: 1)
        #expect(throws: TimeShiftError.invalidQuery("the candidate step (0 s) must be positive")) {
            try WindowSearch.best(TimeShiftQuery(job: job, candidateStepSeconds: 0), in: series)
        }
        #expect(throws: TimeShiftError.unknownZone("Y", available: ["Z"])) {
            try WindowSearch.best(TimeShiftQuery(job: job, zone: "Y"), in: series)
        }
    }

    @Test("step semantics reproduce the carbon-aware-sdk rolling-average examples")
    func rollingAverages() throws {
        for (values, expected) in [([10.0, 20, 30, 40, 5], [15.0, 25, 35, 22.5]), ([5.0, 55, 10, 10, 10], [30.0, 32.5, 10, 10])] {
            let series = try hourlySeries(values)
            for (k, average) in expected.enumerated() {
                let start = t0 + Int64(k) * 3600
                let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2), earliestStart: start, latestEnd: start + 7200)
                let result = try WindowSearch.best(query, in: series)
                #expect(result.candidateWindows == 1)
                #expect(isNear(result.averageIntensity, average), "window \(k)")
                #expect(isNear(result.startNow?.averageIntensity, average))
                #expect(result.savingPercent == 0)
            }
        }
    }

    @Test("partial intervals are weighted by overlap; linear semantics integrate lines")
    func partialAndLinear() throws {
        let series = try hourlySeries([10, 20, 30])
        let half = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1), earliestStart: t0 + 1800, latestEnd: t0 + 5400)
        #expect(isNear(try WindowSearch.best(half, in: series).averageIntensity, 15))

        let linear = try hourlySeries([0, 10, 20])
        var query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1), earliestStart: t0 + 1800, latestEnd: t0 + 5400, interpolation: .linear)
        #expect(isNear(try WindowSearch.best(query, in: linear).averageIntensity, 10))
        // Lines end at the last point: one 2-hour window in three hourly points.
        query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2), interpolation: .linear)
        let whole = try WindowSearch.best(query, in: linear)
        #expect(whole.candidateWindows == 1)
        #expect(isNear(whole.averageIntensity, 10))
        // A missing point breaks both lines that touch it.
        let broken = try hourlySeries([0, 10, nil, 20, 30])
        let result = try WindowSearch.best(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1), interpolation: .linear), in: broken)
        #expect(result.candidateWindows == 2)
        #expect(result.start == t0)
    }

    @Test("ties go to the earliest start; savings use the job's energy")
    func tiesAndSavings() throws {
        let flat = try hourlySeries(Array(repeating: 100, count: 10))
        let result = try WindowSearch.best(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 2, hours: 3)), in: flat)
        #expect(result.start == t0)
        #expect(result.delaySeconds == 0)
        #expect(result.candidateWindows == 8)

        let series = try hourlySeries([400, 400, 100, 100, 400])
        let job = TimeShiftJob(facilityKWhPerHour: 3.2 * 1.2, hours: 2)
        let best = try WindowSearch.best(TimeShiftQuery(job: job), in: series)
        #expect(best.start == t0 + 7200)
        #expect(isNear(best.energyKWh, 7.68))
        #expect(isNear(best.co2eKg, 0.768))
        #expect(isNear(best.startNow?.co2eKg, 3.072))
        #expect(isNear(best.savingKg, 2.304))
        #expect(isNear(best.savingPercent, 75))
    }

    @Test("no complete window: the error lists the gaps")
    func noCompleteWindow() throws {
        let series = try hourlySeries([1, nil, 2, nil, 3])
        let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2))
        do {
            _ = try WindowSearch.best(query, in: series)
            Issue.record("expected an error")
        } catch {
            guard case .noCompleteWindow(let zone, _, _, let gaps) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(zone == "Z")
            #expect(gaps.map(\.start) == [t0 + 3600, t0 + 3 * 3600])
            #expect(error.description.contains("missing: 2024-01-01T01:00:00Z – 2024-01-01T02:00:00Z"))
        }
    }

    @Test("a range beyond the data reports the uncovered part as a gap")
    func outsideData() throws {
        let series = try hourlySeries([5, 4, 3])
        let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1), earliestStart: t0 - 3600, latestEnd: t0 + 5 * 3600)
        let result = try WindowSearch.best(query, in: series)
        #expect(result.start == t0 + 7200)
        #expect(result.startNow == nil)
        #expect(result.gaps == [DataGap(zone: "Z", start: t0 - 3600, end: t0, reason: .outsideData),
                                DataGap(zone: "Z", start: t0 + 3 * 3600, end: t0 + 5 * 3600, reason: .outsideData)])
    }

    @Test("several zones: the best zone and time together, and a ranking")
    func zones() throws {
        var readings: [IntensityReading] = []
        for (zone, values) in [("A", [300.0, 200, 250, 300]), ("B", [100.0, 90, 80, 95]), ("C", [50.0])] {
            for (k, value) in values.enumerated() {
                readings.append(IntensityReading(zone: zone, start: t0 + Int64(k) * 3600, intensity: value))
            }
        }
        let series = try IntensitySeries(readings: readings)
        let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2))
        let best = try WindowSearch.best(query, in: series)
        #expect(best.zone == "B")
        #expect(best.start == t0 + 3600)
        #expect(isNear(best.averageIntensity, 85))
        #expect(best.candidateWindows == 6)  // 3 in A, 3 in B, none in C (one hour of data)
        #expect(isNear(best.startNow?.averageIntensity, 95))

        let ranking = try WindowSearch.rankZones(query, in: series)
        #expect(ranking.results.map(\.zone) == ["B", "A"])
        #expect(ranking.unavailable.map(\.zone) == ["C"])
        let single = try WindowSearch.best(TimeShiftQuery(job: query.job, zone: "A"), in: series)
        #expect(single.start == t0 + 3600 && single.candidateWindows == 3)
    }

    @Test("a year of hourly data and a 24-hour job: the result matches a brute-force scan")
    func yearOfHourlyData() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values: [Double?] = []
        values.reserveCapacity(8760)
        for hour in 0..<8760 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let noise = Double(state >> 11) / Double(1 << 53)
            let daily = 120 * (1 + cosDegrees(Double(hour % 24) * 15))
            let seasonal = 80 * (1 + cosDegrees(Double(hour) / 8760 * 360))
            values.append(hour == 4000 || hour == 4001 ? nil : 50 + daily + seasonal + 60 * noise)
        }
        let series = try hourlySeries(values)
        let result = try WindowSearch.best(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 10, hours: 24)), in: series)

        var bestStart = -1, bestAverage = Double.infinity, windows = 0
        for start in 0...(8760 - 24) {
            var sum = 0.0
            var complete = true
            for hour in start..<(start + 24) {
                guard let value = values[hour] else { complete = false; break }
                sum += value
            }
            guard complete else { continue }
            windows += 1
            if sum / 24 < bestAverage { bestAverage = sum / 24; bestStart = start }
        }
        #expect(windows == 8737 - 25)
        #expect(result.candidateWindows == windows)
        #expect(result.start == t0 + Int64(bestStart) * 3600)
        #expect(isNear(result.averageIntensity, bestAverage, relative: 1e-9))
        #expect(result.gaps.count == 1)
    }
}

/// cos of an angle in degrees (a Taylor series would do; this keeps Foundation out).
private func cosDegrees(_ degrees: Double) -> Double {
    // Reduce to [-180, 180] and use a 14th-order series: accurate enough for test data.
    var x = degrees.truncatingRemainder(dividingBy: 360)
    if x > 180 { x -= 360 }
    if x < -180 { x += 360 }
    let r = x * Double.pi / 180
    var term = 1.0, sum = 1.0
    for n in stride(from: 2, through: 28, by: 2) {
        term *= -r * r / Double((n - 1) * n)
        sum += term
    }
    return sum
}
