/// A cloud provider's own published intensity for a region, kept beside the grid figure.
package struct ReportedIntensity: Sendable, Hashable {
    /// The figure in gCO2e/kWh, with its source and year.
    package let factor: Factor
    /// The basis of the figure.
    package let basis: Basis
    /// The provider's carbon-free-energy share in percent, when published.
    package let cfePercent: Double?

    /// A provider figure.
    package init(factor: Factor, basis: Basis, cfePercent: Double?) {
        self.factor = factor
        self.basis = basis
        self.cfePercent = cfePercent
    }
}
