#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// SIGINT and SIGTERM held back for the whole process while a file is written, so that neither
/// can end nnb between creating a temporary file and renaming or removing it.
///
/// A thread's signal mask is not enough: a signal sent to the process goes to any thread that
/// does not block it, and with the default action the whole process ends. So for the duration
/// both signals get a handler that only records them; ``release()`` puts the previous handling
/// back and then raises each recorded signal once, which ends the process (default action) or
/// reaches nnb's own handler (Ctrl-C in the shell) after the file is complete.
struct HeldSignals {
    private static let held: [Int32] = [SIGINT, SIGTERM]
    private static let caught = Atomic<UInt32>(0)
    private let previous: [sigaction]

    /// Starts holding SIGINT and SIGTERM back.
    static func hold() -> HeldSignals {
        caught.store(0, ordering: .relaxed)
        return HeldSignals(previous: held.map { signal in
            SignalAction.install(signal, flags: Int32(SA_RESTART)) { HeldSignals.record($0) }
        })
    }

    /// Puts the previous handling back, then delivers what arrived meanwhile.
    func release() {
        for (signal, action) in zip(Self.held, previous) {
            SignalAction.restore(action, for: signal)
        }
        let arrived = Self.caught.exchange(0, ordering: .relaxed)
        for (index, signal) in Self.held.enumerated() where arrived & (1 << index) != 0 {
            raise(signal)
        }
    }

    private static func record(_ signal: Int32) {
        guard let index = held.firstIndex(of: signal) else { return }
        caught.bitwiseOr(1 << UInt32(index), ordering: .relaxed)
    }
}
