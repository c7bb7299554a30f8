import XCTest
@testable import NNShell

final class LiveKeyTests: XCTestCase {
    func testEachKeyMapsToItsAction() {
        XCTAssertEqual(LiveKey.keys(in: Array(" n+-q".utf8)), [.pauseResume, .step, .faster, .slower, .stop])
        XCTAssertEqual(LiveKey.keys(in: Array("N=_Q".utf8)), [.step, .faster, .slower, .stop])
        XCTAssertEqual(LiveKey.keys(in: [0x03]), [.stop])
    }

    func testOtherBytesAreIgnored() {
        XCTAssertEqual(LiveKey.keys(in: Array("xyz\r\n1".utf8)), [])
    }

    func testALoneEscapeStopsButArrowKeysAreSkipped() {
        XCTAssertEqual(LiveKey.keys(in: [0x1B]), [.stop])
        XCTAssertEqual(LiveKey.keys(in: Array("\u{1B}[A n".utf8)), [.pauseResume, .step])
        XCTAssertEqual(LiveKey.keys(in: Array("\u{1B}OB".utf8)), [])
        XCTAssertEqual(LiveKey.keys(in: Array("\u{1B}[1;5C+".utf8)), [.faster])
        XCTAssertEqual(LiveKey.keys(in: Array("\u{1B}x".utf8)), [.stop], "Esc then an ordinary byte")
    }
}
