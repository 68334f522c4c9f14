/// How a catalog gives its sites an intensity: on which basis, and from which figure.
package struct IntensityView: Sendable, Hashable {
    /// The basis of grid figures.
    package var basis: Basis
    /// Grid zone figures, or the provider's own where published.
    package var source: IntensitySource

    /// A view; the defaults are the standard view.
    package init(basis: Basis = .lifecycle, source: IntensitySource = .grid) {
        self.basis = basis
        self.source = source
    }

    /// Lifecycle grid figures for every place.
    package static let standard = IntensityView()
}
