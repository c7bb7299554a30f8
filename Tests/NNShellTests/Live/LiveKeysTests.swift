#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import NNShell

/// ``LiveKeys`` on a real pseudo-terminal: the mode it sets, the keys it reads, and the exact
/// settings it restores.
final class LiveKeysTests: XCTestCase {
    private var controller: Int32 = -1
    private var terminal: Int32 = -1

    override func setUpWithError() throws {
        let pair = try PseudoTerminal.open()
        controller = pair.controller
        terminal = pair.terminal
        _ = InterruptSignal.take()
    }

    override func tearDown() {
        _ = InterruptSignal.take()
        close(terminal)
        close(controller)
    }

    private func settings() -> termios {
        var current = termios()
        XCTAssertEqual(tcgetattr(terminal, &current), 0)
        return current
    }

    private func type(_ text: String) {
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }, bytes.count)
    }

    private func same(_ a: termios, _ b: termios) -> Bool {
        var a = a, b = b
        return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag
            && withUnsafeBytes(of: &a.c_cc) { x in withUnsafeBytes(of: &b.c_cc) { y in x.elementsEqual(y) } }
    }

    func testLiveModeIsNonCanonicalWithoutEchoKeepingSignals() throws {
        let before = settings()
        XCTAssertNotEqual(before.c_lflag & tcflag_t(ICANON), 0, "a fresh pty starts canonical")
        let keys = try XCTUnwrap(LiveKeys.start(descriptor: terminal))
        var live = settings()
        XCTAssertEqual(live.c_lflag & tcflag_t(ICANON | ECHO), 0)
        XCTAssertNotEqual(live.c_lflag & tcflag_t(ISIG), 0)
        withUnsafeBytes(of: &live.c_cc) { characters in
            XCTAssertEqual(characters[Int(VMIN)], 0)
            XCTAssertEqual(characters[Int(VTIME)], 0)
        }
        keys.finish()
        XCTAssertTrue(same(settings(), before))
        XCTAssertFalse(TerminalModeRestore.isArmed)
    }

    func testKeysArriveWithoutEnterAndAreNotEchoed() throws {
        let keys = try XCTUnwrap(LiveKeys.start(descriptor: terminal))
        defer { keys.finish() }
        XCTAssertNil(keys.nextKey(), "nothing typed yet")
        XCTAssertNil(keys.waitForKey(timeout: .zero))
        type(" n+-x\u{1B}[Aq")
        XCTAssertEqual(keys.waitForKey(timeout: .seconds(5)), .pauseResume)
        var rest: [LiveKey] = []
        while rest.count < 4, let key = keys.waitForKey(timeout: .seconds(5)) {
            rest.append(key)
        }
        XCTAssertEqual(rest, [.step, .faster, .slower, .stop])
        var echo = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&echo, 1, 0), 0, "no echo reaches the screen")
    }

    func testAPendingInterruptReadsAsStop() throws {
        let keys = try XCTUnwrap(LiveKeys.start(descriptor: terminal))
        defer { keys.finish() }
        InterruptSignal.raise()
        XCTAssertEqual(keys.waitForKey(timeout: .seconds(5)), .stop)
        XCTAssertEqual(keys.nextKey(), .stop)
        XCTAssertTrue(InterruptSignal.take(), "the interrupt stays pending for the trainer")
    }

    func testTheSignalPathRestoresTheSavedSettings() throws {
        let before = settings()
        let keys = try XCTUnwrap(LiveKeys.start(descriptor: terminal))
        XCTAssertFalse(same(settings(), before))
        TerminalModeRestore.restore()
        XCTAssertTrue(same(settings(), before), "what the SIGTERM/SIGHUP/SIGQUIT handlers and atexit do")
        keys.finish()
        keys.finish()
        XCTAssertTrue(same(settings(), before))
    }

    func testEndOfLifeRestoresAndOnlyOneReaderAtATime() throws {
        let before = settings()
        var keys = LiveKeys.start(descriptor: terminal)
        XCTAssertNotNil(keys)
        XCTAssertNil(LiveKeys.start(descriptor: terminal), "a second reader is refused")
        keys = nil
        XCTAssertTrue(same(settings(), before))
    }

    func testNotATerminalGivesNoReader() {
        var pipeEnds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&pipeEnds), 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        XCTAssertNil(LiveKeys.start(descriptor: pipeEnds[0]))
        XCTAssertFalse(TerminalModeRestore.isArmed)
    }

    func testAHungUpTerminalEndsWaitsWithoutSpinning() throws {
        let keys = try XCTUnwrap(LiveKeys.start(descriptor: terminal))
        defer { keys.finish() }
        close(controller)
        controller = open("/dev/null", O_RDONLY)
        XCTAssertNil(keys.waitForKey(timeout: .milliseconds(20)))
        XCTAssertNil(keys.nextKey())
    }
}
