#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A change of the terminal's size as a flag: the SIGWINCH handler only sets it; the live view
/// polls it between epochs (and after a wait ends early) to lay the frame out again.
///
/// Installed for the duration of a live run and uninstalled after it, so that libedit sees
/// the signal's usual disposition at the prompt. The handler uses SA_RESTART: reads and writes
/// carry on, while a `poll` (``LiveKeys/waitForKey(timeout:)``) returns early.
enum WindowSizeSignal {
    private static let flag = Atomic<Bool>(false)
    private static let installed = Atomic<Bool>(false)
    /// The replaced action, in memory of its own and written whole through the pointer: a
    /// `sigaction` global is laid out without its tail padding under AddressSanitizer, which
    /// then reports the 152-byte assignment as an overflow (as for the saved `termios`).
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
        pointer.initialize(to: sigaction())
        return pointer
    }()

    /// Installs the SIGWINCH handler, keeping the previous one for ``uninstall()``; clears the
    /// flag. Does nothing when already installed.
    static func install() {
        guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        flag.store(false, ordering: .relaxed)
        previous.pointee = SignalAction.install(SIGWINCH, flags: Int32(SA_RESTART)) { _ in WindowSizeSignal.raise() }
    }

    /// Puts the previous SIGWINCH handler back.
    static func uninstall() {
        guard installed.exchange(false, ordering: .acquiringAndReleasing) else { return }
        SignalAction.restore(previous.pointee, for: SIGWINCH)
    }

    /// Records a size change (what the handler does; tests may call it directly).
    static func raise() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether the size changed since the flag was last taken, leaving it set.
    static var isPending: Bool {
        flag.load(ordering: .relaxed)
    }

    /// Whether the size changed since the last call, clearing the flag.
    static func take() -> Bool {
        flag.exchange(false, ordering: .relaxed)
    }
}
