/// How much of a job fits a `Budget`: the hours one run may last, and the rate behind it.
public struct BudgetFit: Sendable, Equatable {
    /// The budget fitted.
    public let budget: Budget
    /// The hours one run may last within the budget; nil when an hour costs nothing, 0 when
    /// the fixed part alone exceeds the budget.
    public let maxHours: Double?
    /// What one more hour of a run uses, in the budget's unit (all runs).
    public let perHour: Double
    /// What does not grow with time (a known energy, for example), in the budget's unit.
    public let fixed: Double
    /// Where the job runs (every run at its intensity and PUE).
    public let site: Site
    /// How many runs the job has.
    public let runs: Int
}

extension Budget {
    /// How many hours of the job `spec` describes fit this budget (any `hours` or
    /// `duration` in `spec` is replaced); CO2e includes embodied emissions when
    /// `includeEmbodied`.
    ///
    /// - Throws: `JobError` naming the field at fault in `spec`.
    public func fit(_ spec: JobSpec, in catalog: Catalog, includeEmbodied: Bool = false) throws(JobError) -> BudgetFit {
        var spec = spec
        spec.duration = nil
        spec.hours = 0
        let fixed = try usage(of: catalog.job(for: spec), in: catalog, includeEmbodied: includeEmbodied)
        spec.hours = 1
        let job = try catalog.job(for: spec)
        let oneHour = usage(of: job, in: catalog, includeEmbodied: includeEmbodied)
        return BudgetFit(
            budget: self, maxHours: maxHours(usageAtZeroHours: fixed, usageAtOneHour: oneHour), perHour: oneHour - fixed,
            fixed: fixed, site: job.site, runs: job.runs)
    }

    /// The amount of `job` this budget counts.
    private func usage(of job: Job, in catalog: Catalog, includeEmbodied: Bool) -> Double {
        let estimate = job.estimate()
        return usage(of: estimate, embodiedKg: Impacts(of: estimate, in: catalog, includeEmbodied: includeEmbodied).addedKg)
    }
}
