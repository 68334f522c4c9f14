// Library benchmarks: prints the time of the operations a user waits on.
// Run: swift run -c release footprint-benchmarks
@preconcurrency import Glibc
import Footprint

/// Seconds on the monotonic clock.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The median wall time of `runs` calls of `body`, in milliseconds.
func measure(_ name: String, runs: Int, _ body: () throws -> Void) rethrows {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        try body()
        times.append((now() - start) * 1000)
    }
    times.sort()
    let median = times[times.count / 2]
    print(name.padding(to: 58) + String(format3(median)) + " ms (median of \(runs))")
}

func format3(_ value: Double) -> String { NumberFormat.fixed(value, 3) }

extension String {
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

let start = now()
let catalog = try Catalog.builtIn()
try catalog.validate()
print("catalog: read every part of the built-in tables".padding(to: 58) + format3((now() - start) * 1000) + " ms (once)")

let spec = try JobSpec(parsing: [.hardware: "H100 SXM5 80GB", .count: "8", .hours: "100", .region: "aws:us-east-1"])
try measure("estimate: one job, names resolved", runs: 1000) {
    _ = Estimator.estimate(try catalog.job(for: spec))
}
let job = try catalog.job(for: spec)
let baseline = Estimator.estimate(job)
measure("estimate: 1,000,000 estimate() calls on a prepared job", runs: 5) {
    var total = 0.0
    for _ in 0..<1_000_000 { total += job.estimate().co2eKg }
    precondition(total > 0)
}
measure("regions: rank one job over all \(catalog.sites.count) regions and zones", runs: 200) {
    let ranking = Ranking(job: job, sites: catalog.sites(matching: SiteFilter()), baseline: baseline)
    precondition(ranking.alternatives.count == catalog.sites.count)
}

// A year of hourly data in one zone, a 24-hour job.
var lines = "timestamp,zone,intensity_g_per_kwh\n"
for hour in 0..<8760 {
    let intensity = 200 + 150 * sin(Double(hour) * 2 * Double.pi / 24) + Double(hour % 97)
    lines += "\(Timestamp.iso8601(1_704_067_200 + Int64(hour) * 3600)),DK1,\(NumberFormat.fixed(intensity, 2))\n"
}
let seriesBytes = Array(lines.utf8)
let series = try SeriesParser.parse(name: "year.csv", bytes: seriesBytes)
let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 3.5, hours: 24), zone: "DK1")
try measure("when: parse 8,760 hourly points", runs: 20) { _ = try SeriesParser.parse(name: "year.csv", bytes: seriesBytes) }
try measure("when: best 24 h window in 8,760 hourly points", runs: 50) { _ = try WindowSearch.best(query, in: series) }
try measure("when: interruptible 24 h in 8,760 hourly points", runs: 50) { _ = try InterruptibleSchedule.plan(query, in: series) }
