import XCTest
@testable import NNCore

/// Rows, subsets, seeded shuffles and the train / validation split.
final class LabeledDataTests: XCTestCase {
    /// `count` rows (i, −i) labelled i mod 2.
    private func ramp(_ count: Int) -> LabeledData {
        LabeledData(columns: ["a", "b"],
                    inputs: (0..<count).flatMap { [Double($0), -Double($0)] },
                    labels: (0..<count).map { $0 % 2 }, classes: ["even", "odd"])
    }

    func testRowsSubsetAndCounts() {
        let data = ramp(5)
        XCTAssertEqual(data.rows, 5)
        XCTAssertEqual(data.width, 2)
        XCTAssertEqual(Array(data.row(3)), [3, -3])
        let picked = data.subset([4, 1, 1])
        XCTAssertEqual(picked.inputs, [4, -4, 1, -1, 1, -1])
        XCTAssertEqual(picked.labels, [0, 1, 1])
        XCTAssertEqual(picked.classes, ["even", "odd"])
        XCTAssertEqual(data.classCounts, [3, 2])
    }

    func testShuffleUsesTheSeededPermutation() {
        // PortableRNG(42).permutation(10) of the reference is [8, 3, 6, 5, 4, 0, 9, 2, 1, 7].
        let shuffled = ramp(10).shuffled(seed: 42)
        XCTAssertEqual(shuffled.inputs.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                       [8, 3, 6, 5, 4, 0, 9, 2, 1, 7])
        XCTAssertEqual(shuffled.labels, [0, 1, 0, 1, 0, 0, 1, 0, 1, 1])
    }

    func testTrainCountRoundsHalfUp() {
        // floor(n·(1 − F) + 0.5), as the reference train_val_split computes it.
        XCTAssertEqual(DataSplit.trainCount(rows: 1000, valFraction: 0.2), 800)
        XCTAssertEqual(DataSplit.trainCount(rows: 7, valFraction: 0.2), 6)
        XCTAssertEqual(DataSplit.trainCount(rows: 5, valFraction: 0.3), 4)
        XCTAssertEqual(DataSplit.trainCount(rows: 10, valFraction: 0.15), 9)
        XCTAssertEqual(DataSplit.trainCount(rows: 10, valFraction: 0), 10)
        XCTAssertEqual(DataSplit.trainCount(rows: 10, valFraction: 1), 0)
        XCTAssertEqual(try DataSplit(ramp(7), valFraction: 0.2).train.rows, 6)
    }

    func testSplitTakesLeadingRowsOrShufflesFirst() throws {
        let data = ramp(7)
        let plain = try DataSplit(data, valFraction: 0.2)
        XCTAssertEqual(plain.train, data.subset([0, 1, 2, 3, 4, 5]))
        XCTAssertEqual(plain.validation, data.subset([6]))
        let shuffled = try DataSplit(data, valFraction: 0.2, shuffleSeed: 9)
        let order = data.shuffled(seed: 9)
        XCTAssertEqual(shuffled.train, order.subset([0, 1, 2, 3, 4, 5]))
        XCTAssertEqual(shuffled.validation, order.subset([6]))
        XCTAssertThrowsError(try DataSplit(data, valFraction: 1.5)) { error in
            XCTAssertEqual((error as? DataError)?.message,
                           "validation fraction 1.5 is outside 0...1; use a value such as 0.2")
        }
        XCTAssertThrowsError(try DataSplit(data, valFraction: .nan))
    }

    func testSplittingInPlaceGivesTheSubsetsAndJoinsBack() throws {
        var random = SeededRandom(seed: 4)
        let classes = LabeledData(columns: ["a", "b", "c"], inputs: random.normals(3 * 101),
                                  labels: (0..<101).map { $0 % 4 }, classes: ["w", "x", "y", "z"])
        let numbers = LabeledData(columns: ["a", "b"], inputs: random.normals(2 * 50), targets: random.normals(50))
        for data in [classes, numbers, ramp(1), ramp(2)] {
            for seed in [nil, 0, 9] as [UInt64?] {
                for fraction in [0, 0.2, 0.5, 1] {
                    let split = try DataSplit(taking: data, valFraction: fraction, shuffleSeed: seed)
                    let order = seed.map { seed in data.shuffled(seed: seed) } ?? data
                    let count = DataSplit.trainCount(rows: data.rows, valFraction: fraction)
                    XCTAssertEqual(split.train, order.subset(Array(0..<count)))
                    XCTAssertEqual(split.validation, order.subset(Array(count..<data.rows)))
                    XCTAssertEqual(DataSplit.joined(train: split.train, validation: split.validation, shuffleSeed: seed), data)
                }
            }
        }
    }

    func testReorderingRowsInPlaceMatchesSubset() {
        var random = SeededRandom(seed: 12)
        for rows in [0, 1, 2, 5, 64] {
            let data = LabeledData(columns: ["a", "b"], inputs: random.normals(2 * rows), targets: random.normals(rows))
            let order = random.permutation(rows)
            var reordered = data
            reordered.reorderRows(order)
            XCTAssertEqual(reordered, data.subset(order))
            var rest = data
            let tail = rest.removeRows(from: rows / 2)
            XCTAssertEqual(rest, data.subset(Array(0..<(rows / 2))))
            XCTAssertEqual(tail, data.subset(Array((rows / 2)..<rows)))
        }
    }

    func testRelabeledMovesLabelsToTheNamesIndices() {
        let data = LabeledData(columns: ["x1"], inputs: [1, 2, 3], labels: [0, 1, 0], classes: ["b", "c"])
        let relabeled = data.relabeled(to: ["a", "b", "c"])
        XCTAssertEqual(relabeled?.labels, [1, 2, 1])
        XCTAssertEqual(relabeled?.classes, ["a", "b", "c"])
        XCTAssertEqual(relabeled?.inputs, [1, 2, 3])
        XCTAssertNil(data.relabeled(to: ["a", "b"]))
    }
}
