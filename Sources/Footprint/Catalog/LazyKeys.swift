import Synchronization

/// Positions by name key, built on first use and then kept; safe to share between threads.
final class LazyKeys: Sendable {
    private let build: @Sendable () -> [NameKey: [Int]]
    private let keys: Mutex<[NameKey: [Int]]?>

    /// Keys that `build` makes when first asked.
    init(_ build: @escaping @Sendable () -> [NameKey: [Int]]) {
        self.build = build
        self.keys = Mutex(nil)
    }

    /// The positions of `key` (none when it is not there).
    func positions(_ key: NameKey) -> [Int] {
        keys.withLock { built in
            if built == nil { built = build() }
            return built![key] ?? []
        }
    }
}
