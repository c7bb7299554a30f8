#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C as a flag: the SIGINT handler only sets it; training polls it between mini-batches and
/// the line reader clears the line when it sees it.
enum InterruptSignal {
    private static let flag = Atomic<Bool>(false)

    /// Installs the SIGINT handler (without SA_RESTART, so a blocked read returns EINTR).
    static func install() {
        SignalAction.install(SIGINT) { _ in InterruptSignal.raise() }
    }

    /// Records an interrupt (what the handler does; tests call it directly).
    static func raise() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether an interrupt is pending, clearing it.
    static func take() -> Bool {
        flag.exchange(false, ordering: .relaxed)
    }

    /// Whether an interrupt is pending, leaving it set.
    static var isPending: Bool {
        flag.load(ordering: .relaxed)
    }
}
