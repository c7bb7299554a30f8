import Foundation
import XCTest
@testable import NNShell

final class DataCommandTests: XCTestCase {
    func testEveryGeneratorPrintsOneLine() throws {
        var session = Session()
        XCTAssertEqual(try ShellHarness.execute("dataset moons", in: &session),
                       "moons: 500 points, 2 features, 2 classes, train 400 / val 100\n")
        XCTAssertEqual(try ShellHarness.execute("dataset circles 300 noise 0.05 factor 0.3 val 0.1", in: &session),
                       "circles: 300 points, 2 features, 2 classes, train 270 / val 30\n")
        XCTAssertEqual(try ShellHarness.execute("dataset xor 101 seed 4", in: &session),
                       "xor: 101 points, 2 features, 2 classes, train 81 / val 20\n")
        XCTAssertEqual(try ShellHarness.execute("dataset spiral 600 classes 3", in: &session),
                       "spiral: 600 points, 2 features, 3 classes, train 480 / val 120\n")
        XCTAssertEqual(try ShellHarness.execute("dataset blobs 90 classes 4 std 0.5", in: &session),
                       "blobs: 90 points, 2 features, 4 classes, train 72 / val 18\n")
        XCTAssertEqual(try ShellHarness.execute("dataset gauss 10", in: &session),
                       "gauss: 10 points, 2 features, 2 classes, train 8 / val 2\n")
    }

    func testSeedGivesTheReferencePointsWhateverRanBefore() throws {
        var first = Session()
        try ShellHarness.execute("seed 3; dataset moons 400", in: &first)
        var second = Session()
        try ShellHarness.execute("dataset spiral 50; seed 9; dataset moons 400 seed 3", in: &second)
        XCTAssertEqual(first.data?.all, second.data?.all)
    }

    func testDatasetErrors() {
        var session = Session()
        XCTAssertEqual(ShellHarness.failure("dataset moon", in: &session)?.message, "unknown data set 'moon' (did you mean moons?)")
        XCTAssertEqual(ShellHarness.failure("dataset moons factor 0.2", in: &session)?.message,
                       "'dataset moons' has no option 'factor' (it takes options noise, seed, val)")
        XCTAssertEqual(ShellHarness.failure("dataset moons 0", in: &session)?.message, "N must be an integer from 1 to 1000000, got 0")
        XCTAssertEqual(ShellHarness.failure("dataset moons val 1", in: &session)?.message, "val must be a number ≥ 0 and < 1, got 1")
        XCTAssertEqual(ShellHarness.failure("dataset moons noise -1", in: &session)?.message, "noise must be a number from 0 to 10, got -1")
        XCTAssertEqual(ShellHarness.failure("dataset load", in: &session)?.message, "missing FILE.csv")
        XCTAssertEqual(ShellHarness.failure("dataset load nowhere.csv", in: &session)?.message, "cannot read 'nowhere.csv': no such file")
        XCTAssertEqual(ShellHarness.failure("dataset save x.csv", in: &session)?.message,
                       "no data yet: dataset save needs a data set first, e.g. 'dataset moons'")
        XCTAssertNil(session.data)
    }

    func testSaveThenLoadKeepsEveryPoint() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        let saved = try ShellHarness.execute("dataset spiral 30 classes 3; dataset save \"with space.csv\"", in: &session, base: folder)
        XCTAssertTrue(saved.hasSuffix("wrote 30 points to with space.csv\n"))
        let text = try String(contentsOfFile: folder + "/with space.csv", encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("x1,x2,label\n"))
        let original = try XCTUnwrap(session.data?.all)
        let loaded = try ShellHarness.execute("dataset load \"with space.csv\" val 0.5", in: &session, base: folder)
        XCTAssertEqual(loaded, "with space.csv: 30 points, 2 features, 3 classes, train 15 / val 15\n")
        XCTAssertEqual(session.data?.all, original)
        XCTAssertNotEqual(session.data?.train.inputs, Array(original.inputs.prefix(30)))
    }

    func testLoadWithStringLabelsAndAChosenColumn() throws {
        let folder = ShellHarness.scratchFolder()
        try "kind,a,b,c\ncat,1,2,3\ndog,4,5,6\ncat,7,8,9\nbird,1,1,1\n".write(toFile: folder + "/animals.csv", atomically: true, encoding: .utf8)
        var session = Session()
        let output = try ShellHarness.execute("dataset load animals.csv label kind val 0", in: &session, base: folder)
        XCTAssertEqual(output, "animals.csv: 4 points, 3 features, 3 classes, train 4 / val 0\n")
        XCTAssertEqual(session.data?.all.classes, ["bird", "cat", "dog"])
        XCTAssertEqual(ShellHarness.failure("dataset load animals.csv label kinds", in: &session)?.message.isEmpty, false)
    }

    func testFeaturesAndNormalize() throws {
        var session = Session()
        try ShellHarness.execute("dataset circles 100", in: &session)
        XCTAssertEqual(try ShellHarness.execute("features x1 x2 x1^2 x2^2", in: &session), "features: x1 x2 x1^2 x2^2 (4 inputs)\n")
        XCTAssertEqual(ShellHarness.failure("net 2 4 1", in: &session)?.message,
                       "the first size must be the feature count, 4 (features x1 x2 x1^2 x2^2), got 2")
        try ShellHarness.execute("net 4 4 1", in: &session)
        XCTAssertEqual(ShellHarness.failure("features x1 x3", in: &session)?.message, "unknown feature 'x3' (did you mean x1?)")
        XCTAssertEqual(ShellHarness.failure("features x1 x1", in: &session)?.message,
                       "feature x1 is listed twice; list each feature once")
        let note = try ShellHarness.execute("features x1 x2", in: &session)
        XCTAssertTrue(note.contains("note: the network takes 4 inputs but the data has 2 features"), note)
        XCTAssertNil(session.normalizer)
        try ShellHarness.execute("normalize on", in: &session)
        XCTAssertEqual(session.normalizer?.mean.count, 2)
        XCTAssertEqual(ShellHarness.failure("normalize yes", in: &session)?.message, "unknown value 'yes' (choose on, off)")
    }
}
