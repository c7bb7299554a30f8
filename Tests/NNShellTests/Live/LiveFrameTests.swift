import XCTest
@testable import NNShell

final class LiveFrameTests: XCTestCase {
    func testVisibleWidthSkipsEscapes() {
        XCTAssertEqual(LiveFrame.visibleWidth("\u{1B}[38;2;1;2;3m▀▀\u{1B}[0m ab"), 5)
        XCTAssertEqual(LiveFrame.visibleWidth("\u{1B}[Kepoch 3"), 7)
        XCTAssertEqual(LiveFrame.visibleWidth("⠁⡀ ●○"), 5)
    }

    func testStatusLineDropsTrailingPartsToFit() {
        let parts = ["epoch 120", "loss 0.1834", "acc 0.9425", "paused"]
        XCTAssertEqual(LiveFrame.statusLine(parts, columns: 80), "epoch 120  loss 0.1834  acc 0.9425  paused")
        XCTAssertEqual(LiveFrame.statusLine(parts, columns: 30), "epoch 120  loss 0.1834")
        XCTAssertEqual(LiveFrame.statusLine(parts, columns: 5), "epoch")
    }

    func testKeyLegendShortensThenDisappears() {
        XCTAssertEqual(LiveFrame.keyLegend(columns: 79), "space pause · n step · +/- pace · q stop")
        XCTAssertEqual(LiveFrame.keyLegend(columns: 30), "spc · n · +/- · q")
        XCTAssertEqual(LiveFrame.keyLegend(columns: 10), "")
    }

    func testSideBySidePadsByVisibleWidth() {
        let left = "\u{1B}[31mab\u{1B}[0m\nabcd\nx"
        let joined = LiveFrame.sideBySide(left, width: 4, "R1\nR2", gap: 2)
        XCTAssertEqual(joined, "\u{1B}[31mab\u{1B}[0m\u{1B}[0m    R1\nabcd  R2\nx")
    }

    func testSparklineScalesAndResamples() {
        XCTAssertEqual(LiveFrame.sparkline([0, 1, 2, 3, 4, 5, 6, 7], columns: 8, plain: false), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(LiveFrame.sparkline([7, 7, 0, 0], columns: 2, plain: true), "#_")
        XCTAssertEqual(LiveFrame.sparkline([1, .nan, 3], columns: 10, plain: true), "_ #", "a NaN is a gap")
        XCTAssertEqual(LiveFrame.sparkline([2, 2], columns: 5, plain: false), "▁▁")
        XCTAssertEqual(LiveFrame.sparkline([], columns: 5, plain: false), "")
    }

    func testSparklineRowFitsItsColumns() {
        let loss = (1...100).map { 1 / Double($0) }
        let row = LiveFrame.sparklineRow(loss: loss, validationLoss: loss, columns: 79, plain: false)
        XCTAssertTrue(row.hasPrefix("loss █"))
        XCTAssertTrue(row.contains("  val_loss █"))
        XCTAssertEqual(row.count, 79)
        XCTAssertEqual(LiveFrame.sparklineRow(loss: [3, 2, 1], validationLoss: nil, columns: 79, plain: true), "loss #=_")
    }
}
