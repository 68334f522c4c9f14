/// Low, central and high operational CO2e of an estimate.
///
/// Method: the central value is the estimate. The range varies the factors the data give a
/// spread for: utilisation, when the user did not give it, runs from the
/// `utilization_typical_low` constant up to 1.0 (maximum board power, the central
/// assumption); the intensity and PUE tables carry single annual values, so they add no
/// spread. A given utilisation therefore yields a range of one point.
public struct EmissionRange: Sendable, Equatable {
    /// Lowest plausible CO2e, kg.
    public let lowKg: Double
    /// The estimate, kg.
    public let centralKg: Double
    /// Highest plausible CO2e, kg.
    public let highKg: Double
    /// The utilisation bound used for the low end, when one was.
    public let utilizationLow: Factor?

    /// The range of `estimate`.
    public init(of estimate: Estimate, in catalog: Catalog) {
        let job = estimate.job
        centralKg = estimate.co2eKg
        highKg = estimate.co2eKg
        guard job.deviceCount > 0, !job.energyIsGiven, job.numbers.utilization == nil, let low = catalog.constants["utilization_typical_low"]?.factor else {
            lowKg = estimate.co2eKg
            utilizationLow = nil
            return
        }
        let runHours = job.hours * Double(job.runs)
        let savedKWh = job.deviceWatts * Double(job.deviceCount) * (1 - low.value) * runHours / 1000 * job.pue
        lowKg = estimate.co2eKg - savedKWh * job.intensity / 1000
        utilizationLow = low
    }
}
