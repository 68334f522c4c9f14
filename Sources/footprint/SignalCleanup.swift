@preconcurrency import Glibc

/// Removes the temporary file of an `AtomicFile` being written when SIGINT, SIGTERM,
/// SIGHUP or SIGPIPE ends the process, then lets the signal end it as it would have
/// (so `footprint batch big.csv | head -1` stops quietly with status 141).
///
/// A signal handler can only reach global state: the one pending path is kept in a
/// C string allocated once and only changed while the signals are blocked.
enum SignalCleanup {
    /// The path to remove on a signal (a NUL-terminated C string), or nil.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
    private static let signals = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// Makes `path` the file to remove on a signal (nil: none), installing the handlers
    /// the first time.
    static func remove(_ path: String?) {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        free(pending)
        pending = path.map { strdup($0) }
        guard path != nil else { return }
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if let path = SignalCleanup.pending { unlink(path) }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigaction(signal, &action, nil)
        }
    }
}
