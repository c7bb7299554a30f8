#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sigaction` for nnb's few handlers (Ctrl-C, window size, the fatal signals of live
/// training), with the one place that knows how Glibc and Darwin name the handler field.
enum SignalAction {
    /// Installs `handler` for `signal` with `flags` and an empty mask; returns the action it
    /// replaced, for putting back with ``restore(_:for:)``.
    @discardableResult
    static func install(_ signal: Int32, flags: Int32 = 0, _ handler: @convention(c) (Int32) -> Void) -> sigaction {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        var previous = sigaction()
        sigaction(signal, &action, &previous)
        return previous
    }

    /// Puts `action` back as the handling of `signal`.
    static func restore(_ action: sigaction, for signal: Int32) {
        var action = action
        sigaction(signal, &action, nil)
    }
}
