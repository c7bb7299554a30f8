#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import NNShell

final class WindowSizeSignalTests: XCTestCase {
    private func currentHandler() -> Int {
        var current = sigaction()
        sigaction(SIGWINCH, nil, &current)
        #if canImport(Glibc)
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
        #else
        return unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self)
        #endif
    }

    func testTheSignalSetsTheFlagUntilTakenAndUninstallRestoresTheHandler() {
        let before = currentHandler()
        WindowSizeSignal.install()
        defer { WindowSizeSignal.uninstall() }
        XCTAssertNotEqual(currentHandler(), before)
        XCTAssertFalse(WindowSizeSignal.take())
        raise(SIGWINCH)
        XCTAssertTrue(WindowSizeSignal.take())
        XCTAssertFalse(WindowSizeSignal.take(), "taking clears the flag")
        WindowSizeSignal.uninstall()
        XCTAssertEqual(currentHandler(), before)
        raise(SIGWINCH)
        XCTAssertFalse(WindowSizeSignal.take(), "no handler after uninstall")
    }
}
