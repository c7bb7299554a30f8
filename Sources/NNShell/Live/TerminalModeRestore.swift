#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The terminal settings to put back, whatever way the process leaves live training: the owner
/// (``LiveKeys``) restores them on a normal end, and this restores them on a fatal signal
/// (SIGTERM, SIGHUP, SIGQUIT: restore, then die of the signal with its default action) and at
/// process exit (`atexit`).
///
/// One saved state at a time. The saved value is written only while no handler can read it
/// (before ``arm(descriptor:saved:)`` sets the flag, after ``disarm()`` clears it); the handlers
/// call only `tcsetattr`, `raise` and atomics, which are async-signal-safe.
enum TerminalModeRestore {
    /// The signals that would end the process with the terminal left in live mode.
    static let fatalSignals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]

    private static let armed = Atomic<Bool>(false)
    private static let exitHookInstalled = Atomic<Bool>(false)
    nonisolated(unsafe) private static var descriptor: Int32 = -1
    /// The saved settings, in memory of their own: allocated once, so a signal handler reads them
    /// without allocating, and written whole through the pointer (a `termios` global was
    /// reported by AddressSanitizer as overflowed when assigned).
    nonisolated(unsafe) private static let saved: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()
    nonisolated(unsafe) private static var previousActions: [Int32: sigaction] = [:]

    /// Whether settings are saved and will be restored.
    static var isArmed: Bool { armed.load(ordering: .acquiring) }

    /// Saves `saved` as the settings of `descriptor` to restore, and installs the fatal-signal
    /// handlers and (once per process) the exit hook. False when another state is armed.
    static func arm(descriptor: Int32, saved: termios) -> Bool {
        guard !isArmed else { return false }
        Self.descriptor = descriptor
        Self.saved.pointee = saved
        armed.store(true, ordering: .releasing)
        for signal in fatalSignals {
            previousActions[signal] = SignalAction.install(signal, flags: Int32(truncatingIfNeeded: SA_RESETHAND)) {
                TerminalModeRestore.fatal($0)
            }
        }
        if !exitHookInstalled.exchange(true, ordering: .relaxed) {
            atexit { TerminalModeRestore.restore() }
        }
        return true
    }

    /// Puts the saved settings back now, if any are armed (idempotent; what the handlers call).
    static func restore() {
        guard isArmed else { return }
        _ = tcsetattr(descriptor, TCSANOW, saved)
    }

    /// Restores the saved settings, forgets them and puts the previous signal handlers back.
    static func disarm() {
        guard isArmed else { return }
        restore()
        for (signal, previous) in previousActions {
            SignalAction.restore(previous, for: signal)
        }
        previousActions = [:]
        armed.store(false, ordering: .releasing)
    }

    /// The fatal-signal handler: the terminal back as it was, then the signal's default action
    /// (SA_RESETHAND has reset it; the signal is blocked until the handler returns).
    private static func fatal(_ signal: Int32) {
        restore()
        raise(signal)
    }
}
