/// Which figure gives a cloud region its intensity.
package enum IntensitySource: String, Sendable, Hashable, CaseIterable {
    /// The region's grid zone, on the chosen basis (the default: one figure per zone).
    case grid
    /// The provider's own published figure where there is one, else the grid zone's.
    case provider
}
