/// The same job placed at every candidate site, with that site's own intensity and PUE,
/// cleanest first.
///
/// Like is compared with like: when the job's own site has an intensity basis and source
/// (a lifecycle grid figure, a provider-reported figure), only candidates on the same basis
/// and source are ranked, so a saving never comes from a change of data source.
///
/// Order: CO2e ascending; ties by provider id (cloud regions before grid zones), then by
/// site id, so equal results always list in the same order.
public struct Ranking: Sendable, Equatable {
    /// One candidate site and the job's estimate there.
    public struct Alternative: Sendable, Equatable {
        /// 1-based position, cleanest first.
        public let rank: Int
        /// The job's estimate at this site.
        public let estimate: Estimate
        /// CO2e saved against the job's own location, kg (negative: worse); nil without one.
        public let savingKg: Double?
        /// The saving as a percentage of the job's own CO2e; nil without one or when that is 0.
        public let savingPercent: Double?
        /// Whether this is the job's own location.
        public let isJobLocation: Bool

        /// The site.
        public var site: Site { estimate.job.site }
    }

    /// The job at its own location, when it has one.
    public let baseline: Estimate?
    /// Every candidate, cleanest first.
    public let alternatives: [Alternative]
    /// The sites given that are not ranked: their intensity is on another basis, or from
    /// another source (a provider's own figure rather than the grid's), than the job's site,
    /// and numbers ranked together share one basis.
    public let leftOut: Int

    /// Ranks `job` at each of `sites`; `baseline` is the job's own estimate, if it has a location.
    ///
    /// - Complexity: O(n log n) in the number of sites.
    public init(job: Job, sites: [Site], baseline: Estimate?) {
        let own = (baseline?.job ?? job).site
        let comparable = own.basis == nil ? sites : sites.filter { $0.basis == own.basis && $0.intensityFrom == own.intensityFrom }
        // The job's own location keeps its own estimate, with any PUE or intensity given,
        // so that its row equals the baseline it is compared with.
        let estimates = comparable.map { site in
            baseline.flatMap { $0.job.site.id == site.id ? $0 : nil } ?? Estimator.estimate(job.placed(at: site))
        }
        let ordered = estimates.sorted { a, b in
            if a.co2eKg != b.co2eKg { return a.co2eKg < b.co2eKg }
            let providerA = a.job.site.provider ?? "\u{10FFFF}", providerB = b.job.site.provider ?? "\u{10FFFF}"
            if providerA != providerB { return providerA < providerB }
            return a.job.site.id < b.job.site.id
        }
        self.baseline = baseline
        self.leftOut = sites.count - comparable.count
        self.alternatives = ordered.enumerated().map { offset, estimate in
            let saving = baseline.map { $0.co2eKg - estimate.co2eKg }
            let percent = baseline.flatMap { base in base.co2eKg > 0 ? (base.co2eKg - estimate.co2eKg) / base.co2eKg * 100 : nil }
            return Alternative(
                rank: offset + 1, estimate: estimate, savingKg: saving, savingPercent: percent,
                isJobLocation: baseline?.job.site.id == estimate.job.site.id)
        }
    }

    /// The cleanest alternative that passes `isIncluded`, if any.
    public func cleanest(where isIncluded: (Site) -> Bool) -> Alternative? {
        alternatives.first { isIncluded($0.site) }
    }
}
