import Synchronization

/// A value built on first use and then kept; safe to share between threads. The catalog
/// uses it for its parts (hardware, places, factors), each parsed only when a command needs
/// it, and name tables for the indexes most lookups never need (names without vendor noise,
/// whole words): building them all would be most of a command's start-up.
final class Lazy<Value: Sendable>: Sendable {
    private let build: @Sendable () -> Value
    private let value: Mutex<Value?>

    /// A value that `build` makes when first asked.
    init(_ build: @escaping @Sendable () -> Value) {
        self.build = build
        self.value = Mutex(nil)
    }

    /// Calls `body` with the value, building it first if needed.
    func withValue<Result>(_ body: (Value) -> Result) -> Result {
        value.withLock { built in
            if built == nil { built = build() }
            return body(built!)
        }
    }

    /// The value, built first if needed.
    var wrapped: Value { withValue { $0 } }

    /// Whether the value has been built.
    var isBuilt: Bool { value.withLock { $0 != nil } }
}
