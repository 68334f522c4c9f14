import Footprint

// The built-in tables (hardware, grids, cloud regions, PUE), each row with its source and year.
let catalog = try Catalog.builtIn()

// A past run: 8 × A100 SXM4 80GB for 72 hours in AWS us-east-1.
var spec = JobSpec()
spec.hardware = "A100 SXM4 80GB"
spec.count = 8
spec.hours = 72
spec.region = "aws:us-east-1"

// Names are looked up and every value is checked here: a JobError says which field and why.
let job = try catalog.job(for: spec)
let estimate = job.estimate()
print("\(estimate.energyKWh) kWh, \(estimate.co2eKg) kg CO2e")

// The factors the estimate rests on: name, value, unit, source and year.
for used in job.usedFactors {
    let year = used.factor.year.map(String.init) ?? "no year"
    print("  \(used.name) = \(used.factor.value) \(used.unit): \(used.factor.source) (\(year))")
}

// The same job in every cloud region, each with its own intensity and PUE: the 5 cleanest.
let regions = catalog.sites(matching: SiteFilter(kinds: [.region]))
let ranking = Ranking(job: job, sites: regions, baseline: estimate)
for alternative in ranking.alternatives.prefix(5) {
    print("\(alternative.rank). \(alternative.site.id): \(alternative.estimate.co2eKg) kg CO2e")
}
