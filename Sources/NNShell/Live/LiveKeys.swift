#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keys typed while live training runs, read from the terminal without waiting for Enter.
///
/// ``start(descriptor:)`` saves the terminal's settings and turns off canonical input and echo
/// (ISIG stays on, so Ctrl-C still raises SIGINT for ``InterruptSignal``; VMIN 0 and VTIME 0, so
/// a read never blocks). ``finish()`` — or the end of the object's life — puts back exactly the
/// saved settings; a fatal signal or process exit restores them too (``TerminalModeRestore``).
/// libedit sets its own modes for every line it reads, so saving and restoring around a run is
/// all it needs. Only one reader can be active at a time.
///
/// Usage: `let keys = LiveKeys.start()` before training (nil when stdin is not a terminal),
/// `keys?.nextKey()` between epochs, `keys?.waitForKey(timeout:)` for pacing waits and while
/// paused, `keys?.finish()` in a `defer`.
final class LiveKeys {
    private let descriptor: Int32
    private var queued: [LiveKey] = []
    private var closed = false
    private var active = true

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Starts reading keys from `descriptor` (stdin by default): nil when it is not a terminal,
    /// its settings cannot be read or changed, or another reader is active.
    static func start(descriptor: Int32 = STDIN_FILENO) -> LiveKeys? {
        guard isatty(descriptor) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var live = saved
        live.c_lflag &= ~tcflag_t(ICANON | ECHO)
        live.c_lflag |= tcflag_t(ISIG)
        withUnsafeMutableBytes(of: &live.c_cc) { characters in
            characters[Int(VMIN)] = 0
            characters[Int(VTIME)] = 0
        }
        guard TerminalModeRestore.arm(descriptor: descriptor, saved: saved) else { return nil }
        guard tcsetattr(descriptor, TCSANOW, &live) == 0 else {
            TerminalModeRestore.disarm()
            return nil
        }
        return LiveKeys(descriptor: descriptor)
    }

    deinit {
        finish()
    }

    /// Puts the terminal's saved settings back (idempotent).
    func finish() {
        guard active else { return }
        active = false
        TerminalModeRestore.disarm()
    }

    /// The next key pressed, without waiting; nil when none is. A pending Ctrl-C
    /// (``InterruptSignal/isPending``) reads as ``LiveKey/stop``.
    func nextKey() -> LiveKey? {
        if InterruptSignal.isPending { return .stop }
        if queued.isEmpty { readAvailable() }
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    /// Waits up to `timeout` for a key and returns it; nil when the time ran out, or earlier
    /// when a signal arrived (a window-size change, say: the caller checks its flags and waits
    /// again for what is left). A pending Ctrl-C reads as ``LiveKey/stop``, at once.
    func waitForKey(timeout: Duration) -> LiveKey? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let key = nextKey() { return key }
            let left = deadline - clock.now
            guard left > .zero else { return nil }
            let milliseconds = Int32(clamping: Int((TrainingPace.seconds(left) * 1000).rounded(.up)))
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = closed ? poll(nil, 0, milliseconds) : poll(&request, 1, milliseconds)
            if ready < 0 {
                if errno == EINTR { return InterruptSignal.isPending ? .stop : nil }
                return nil
            }
            if ready > 0, request.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0, !readAvailable() {
                closed = true
            }
        }
    }

    /// Reads what the terminal holds into the queue; false at end of input or on an error.
    @discardableResult
    private func readAvailable() -> Bool {
        guard !closed else { return false }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            queued += LiveKey.keys(in: buffer.prefix(count))
            return true
        }
        return count < 0 && (errno == EAGAIN || errno == EINTR)
    }
}

/// The key source when stdin is not a terminal: no keys, and waits that only sleep (ended
/// early by a signal; a pending Ctrl-C reads as ``LiveKey/stop``).
final class NoLiveKeys: LiveKeySource {
    /// A source of no keys.
    init() {}

    /// Nil, or ``LiveKey/stop`` when Ctrl-C is pending.
    func nextKey() -> LiveKey? {
        InterruptSignal.isPending ? .stop : nil
    }

    /// Sleeps up to `timeout`; returns early with nil after a signal, ``LiveKey/stop`` for Ctrl-C.
    func waitForKey(timeout: Duration) -> LiveKey? {
        if InterruptSignal.isPending { return .stop }
        let milliseconds = Int32(clamping: Int((TrainingPace.seconds(timeout) * 1000).rounded(.up)))
        if milliseconds > 0 { _ = poll(nil, 0, milliseconds) }
        return nextKey()
    }
}
