/// How a catalog gives its sites an intensity: on which basis, and from which figure.
public struct IntensityView: Sendable, Hashable {
    /// The basis of grid figures.
    public var basis: Basis
    /// Grid zone figures, or the provider's own where published.
    public var source: IntensitySource

    /// A view; the defaults are the standard view.
    public init(basis: Basis = .lifecycle, source: IntensitySource = .grid) {
        self.basis = basis
        self.source = source
    }

    /// Lifecycle grid figures for every place.
    public static let standard = IntensityView()
}
