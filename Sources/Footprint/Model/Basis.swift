/// What a carbon intensity counts: the accounting basis of a grid figure.
public enum Basis: String, Sendable, Hashable, CaseIterable {
    /// Lifecycle: combustion plus the supply chain, construction and methane of every
    /// source (Ember's basis; the default, the only one with open coverage of every country).
    case lifecycle
    /// Direct: combustion at the power station only (operational; eGRID, NIR, NGA, MEE).
    case direct
}
