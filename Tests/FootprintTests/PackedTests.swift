import Testing
@testable import Footprint

/// `Packed` optionals keep every value and nil, compare as optionals, and halve `JobNumbers`.
struct PackedTests {
    @Test func valuesAndNilRoundTrip() {
        var numbers = JobNumbers()
        #expect(numbers.power == nil && numbers.count == nil)
        numbers.power = 0
        numbers.count = 8
        numbers.hours = -0.0
        #expect(numbers.power == 0 && numbers.count == 8 && numbers.hours == 0)
        numbers.utilization = .greatestFiniteMagnitude
        numbers.tokens = Int.max
        #expect(numbers.utilization == .greatestFiniteMagnitude && numbers.tokens == Int.max)
        numbers.power = nil
        numbers.count = nil
        #expect(numbers.power == nil && numbers.count == nil)
    }

    @Test func equalAndHashedAsOptionals() {
        #expect(JobNumbers() == JobNumbers())
        #expect(Set([JobNumbers(), JobNumbers()]).count == 1)
        #expect(JobNumbers(power: 300) != JobNumbers())
        #expect(JobNumbers(power: 300) == JobNumbers(power: 300))
        #expect(JobNumbers(count: 0) != JobNumbers())
    }

    @Test func eachNumberTakesEightBytes() {
        #expect(MemoryLayout<JobNumbers>.size == 20 * 8)
    }
}
