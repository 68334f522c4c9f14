@preconcurrency import Glibc

/// Creates the temporary file of an `AtomicFile` and removes it when SIGINT, SIGTERM,
/// SIGHUP or SIGPIPE ends the process, then lets the signal end it as it would have
/// (so `footprint batch big.csv | head -1` stops quietly with status 141).
///
/// A signal handler can only reach global state: the one pending path is kept in a
/// C string that is only swapped while the signals are blocked. The file is created by
/// `mkstemp` in that very string, so there is no moment when the file exists and a signal
/// would not remove it.
enum SignalCleanup {
    /// The path to remove on a signal (a NUL-terminated C string), or nil.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
    private static let signals = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// Creates a file from `template` (a path ending in `XXXXXX`, as `mkstemp` takes) that
    /// a signal removes until `release()`; returns its descriptor and path, or nil with
    /// `errno` set.
    static func createTemporary(_ template: String) -> (descriptor: Int32, path: String)? {
        let path = strdup(template)!
        swapPending(path)
        let descriptor = mkstemp(path)
        guard descriptor >= 0 else {
            let error = errno
            release()
            errno = error
            return nil
        }
        return (descriptor, String(cString: path))
    }

    /// No file to remove on a signal any more (it was renamed or removed).
    static func release() {
        swapPending(nil)
    }

    /// Makes `path` the file to remove on a signal, installing the handlers the first time.
    private static func swapPending(_ path: UnsafeMutablePointer<CChar>?) {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        free(pending)
        pending = path
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
