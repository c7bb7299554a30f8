import Foundation
import XCTest
@testable import NNShell

final class HistoryFileTests: XCTestCase {
    func testTwoShellsSharingTheFileKeepBothTheirLines() throws {
        let path = ShellHarness.scratchFolder() + "/history"
        HistoryFile.append("dataset moons", to: path)
        HistoryFile.append("net 2 8 1", to: path)
        HistoryFile.append("train 10 lr 0.1", to: path)
        HistoryFile.append("echo a\\b\tc \u{1B}é", to: path)
        XCTAssertEqual(HistoryFile.entries(path), ["dataset moons", "net 2 8 1", "train 10 lr 0.1", "echo a\\b\tc \u{1B}é"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(text, "_HiStOrY_V2_\ndataset\\040moons\nnet\\0402\\0408\\0401\ntrain\\04010\\040lr\\0400.1\necho\\040a\\134b\\011c\\040\\033é\n")
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
    }

    func testCompactionKeepsTheLatestEntries() {
        let path = ShellHarness.scratchFolder() + "/history"
        for index in 0..<(2 * HistoryFile.keep + 5) { HistoryFile.append("echo \(index)", to: path) }
        HistoryFile.compact(path)
        let kept = HistoryFile.entries(path)
        XCTAssertEqual(kept.count, HistoryFile.keep)
        XCTAssertEqual(kept.last, "echo \(2 * HistoryFile.keep + 4)")
        XCTAssertEqual(kept.first, "echo \(HistoryFile.keep + 5)")
    }
}
