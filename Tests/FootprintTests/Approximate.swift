import Testing

/// Whether `actual` is within a relative tolerance of `expected` (absolute near zero).
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9) -> Bool {
    abs(actual - expected) <= relative * max(1, abs(expected))
}

/// Expects `actual` ≈ `expected` with a message naming both.
func expectClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(isClose(actual, expected, relative: relative), "\(actual) is not ≈ \(expected)", sourceLocation: sourceLocation)
}
