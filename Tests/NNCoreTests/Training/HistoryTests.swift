import XCTest
@testable import NNCore

final class HistoryTests: XCTestCase {
    private func filled(_ epochs: Int) -> History {
        var history = History()
        for epoch in 1...epochs {
            history.append(EpochMetrics(epoch: epoch, loss: 1 / Double(epoch), accuracy: 0.5))
        }
        return history
    }

    func testKeepsEveryEpochUpToTheLimit() {
        let history = filled(History.limit)
        XCTAssertEqual(history.count, History.limit)
        XCTAssertEqual(history.epochs.map(\.epoch), Array(1...History.limit))
        XCTAssertFalse(history.isThinned)
        XCTAssertEqual(history.metrics(epoch: 77_777)?.loss, 1 / 77_777.0)
    }

    func testLongRunsKeepAnEvenThinningAndTheLastThousand() {
        let total = 2 * History.limit + 12_345
        let history = filled(total)
        let kept = history.epochs.map(\.epoch)
        XCTAssertEqual(history.count, total)
        XCTAssertEqual(history.last?.epoch, total)
        XCTAssertLessThanOrEqual(kept.count, History.limit)
        XCTAssertGreaterThan(kept.count, History.limit / 4)
        XCTAssertEqual(Array(kept.suffix(History.recentCount)), Array((total - History.recentCount + 1)...total))
        XCTAssertEqual(kept, kept.sorted())
        let older = kept.filter { $0 <= total - 2 * History.recentCount }
        XCTAssertEqual(history.stride, 4)
        XCTAssertEqual(older, older.indices.map { 1 + $0 * history.stride })
        XCTAssertNil(history.metrics(epoch: 2))
        XCTAssertEqual(history.metrics(epoch: 5)?.epoch, 5)
        XCTAssertEqual(history.metrics(epoch: total - 3)?.epoch, total - 3)
    }
}
