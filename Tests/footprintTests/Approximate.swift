import Testing

/// Expects `actual` ≈ `expected` within a relative tolerance (absolute near zero).
func expectNear(_ actual: Double, _ expected: Double, relative: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(actual - expected) <= relative * max(1, abs(expected)), "\(actual) is not ≈ \(expected)", sourceLocation: sourceLocation)
}
