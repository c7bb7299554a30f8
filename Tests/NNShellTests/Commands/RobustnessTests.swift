import Foundation
import XCTest
@testable import NNShell
import NNCore

/// Extreme data and hostile files are refused with a message or handled, never a trap, and a
/// refused command changes nothing.
final class RobustnessTests: XCTestCase {
    private func write(_ text: String, _ folder: String, _ name: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    func testExtremeButFiniteDataPlotsAndTrainsWithoutATrap() throws {
        let folder = ShellHarness.scratchFolder()
        try write("x1,x2,label\n3.4e38,-3.4e38,0\n-3.4e38,3.4e38,1\n1,1,0\n", folder, "edge.csv")
        try write("x1,x2,label\n5,5,0\n5,5,1\n5,5,0\n", folder, "spot.csv")
        try write("x1,x2,label\n1e17,5,0\n100000000000000016,5,1\n-1e-300,5,1\n", folder, "far.csv")
        for file in ["edge.csv", "spot.csv", "far.csv"] {
            var session = Session()
            try ShellHarness.execute("dataset load \(file) val 0.34; net 2 3 1", in: &session, base: folder)
            for command in ["plot data", "plot boundary", "plot boundary b.svg", "plot neurons",
                            "normalize on", "net 2 3 1", "train 3", "plot boundary", "plot boundary b.png",
                            "plot history", "eval", "predict 3.4e38 -3.4e38"] + (file == "edge.csv" ? ["plot boundary b.gif"] : []) {
                XCTAssertNoThrow(try ShellHarness.execute(command, in: &session, base: folder), "\(file): \(command)")
            }
        }
        var session = Session()
        try ShellHarness.execute("dataset load edge.csv val 0; features x1 x2 x1^2; net 3 2 1", in: &session, base: folder)
        let before = session.model
        XCTAssertEqual(ShellHarness.failure("train 1", in: &session, base: folder)?.message,
                       "the feature x1^2 reaches 1.156e+77, beyond the 32-bit range (±3.4e38) the network computes in; scale the data down or use fewer powers")
        XCTAssertEqual(session.model?.network, before?.network)
        XCTAssertEqual(session.model?.trainer.history.count, 0)
    }

    func testValuesBeyondFloatAreRefusedWithTheFileAndLine() throws {
        let folder = ShellHarness.scratchFolder()
        try write("x1,x2,label\n1,2,0\n1e308,0,1\n", folder, "big.csv")
        try write("x1,x2,label\n1,2,0\n1,2\n", folder, "short.csv")
        var session = Session()
        try ShellHarness.execute("dataset moons 20; net 2 3 1", in: &session, base: folder)
        let data = session.data
        XCTAssertEqual(ShellHarness.failure("dataset load big.csv", in: &session, base: folder)?.message,
                       "big.csv:3: column 'x1': 1e308 is beyond the 32-bit range (±3.4e38) the network computes in; scale the column down")
        XCTAssertEqual(ShellHarness.failure("dataset load short.csv", in: &session, base: folder)?.message,
                       "short.csv:3: the row has 2 fields but the header has 3; give every row 3 comma-separated fields")
        XCTAssertEqual(session.data?.all, data?.all)
        XCTAssertEqual(ShellHarness.failure("predict 1e39 0", in: &session, base: folder)?.message,
                       "x1 = 1e39 is beyond the 32-bit range (±3.4e38) the network computes in: give a value of at most 3.4e38 in size")
        XCTAssertEqual(ShellHarness.failure("predict big.csv out.csv", in: &session, base: folder)?.message,
                       "big.csv:3: 1e308 in column x1 is beyond the 32-bit range (±3.4e38) the network computes in; scale the column down")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out.csv"))
    }

    func testPredictNeverWritesAHeaderNameTwice() throws {
        let folder = ShellHarness.scratchFolder()
        try write("x1,x2,p0,class,predicted_class\n0.5,0.5,a,b,c\n", folder, "in.csv")
        var session = Session()
        try ShellHarness.execute("dataset moons 20; net 2 3 1; predict in.csv out.csv", in: &session, base: folder)
        let table = try CSVTable.parse(try String(contentsOfFile: folder + "/out.csv", encoding: .utf8))
        XCTAssertEqual(table.header, ["x1", "x2", "p0", "class", "predicted_class", "predicted_p0", "p1", "predicted_predicted_class"])
        XCTAssertEqual(Array(table.rows[0].prefix(5)), ["0.5", "0.5", "a", "b", "c"])
    }

    func testModelFilesClaimingHugeShapesOrBadOptimizerStateAreRefused() throws {
        let folder = ShellHarness.scratchFolder()
        var trained = Session()
        try ShellHarness.execute("dataset moons 20; net 2 3 1; train 2; save m.json", in: &trained, base: folder)
        let good = try String(contentsOfFile: folder + "/m.json", encoding: .utf8)
        let cases: [(String, String, String)] = [
            ("\"inputs\": 3, \"outputs\": 1", "\"inputs\": 1, \"outputs\": 100000000000",
             "layer 2 claims 1×100000000000 weights, more than the limit of 20000000 parameters in all"),
            ("\"inputs\": 3, \"outputs\": 1", "\"inputs\": 4611686018427387904, \"outputs\": 4",
             "layer 2 claims 4611686018427387904×4 weights, more than the limit of 20000000 parameters in all"),
            ("\"inputs\": 3, \"outputs\": 1", "\"inputs\": 3, \"outputs\": 5",
             "layer 2: weights row 1 has 1 numbers, expected 5"),
            ("\"lr\": 0.1", "\"lr\": -0.1", "optimizer.lr must be a number in (0, 10]"),
            ("\"beta1\": 0.9", "\"beta1\": 1", "optimizer.beta1 must be a number in [0, 1)"),
            ("\"eps\": 1e-08", "\"eps\": 0", "optimizer.eps must be a number in (0, 1]"),
            ("\"step\": 2", "\"step\": 9223372036854775807", "optimizer.step must be a whole number from 0 to 9007199254740992"),
            ("\"classes\": [\"0\", \"1\"]", "\"classes\": [\"0\", \"\\u001b]0;owned\\u0007\"]",
             "the name '\\x1b]0;owned\\x07' has a control character; names must be plain text"),
        ]
        for (old, new, message) in cases {
            XCTAssertTrue(good.contains(old), old)
            try write(good.replacingOccurrences(of: old, with: new), folder, "bad.json")
            var session = Session()
            try ShellHarness.execute("dataset moons 20; net 2 4 1", in: &session, base: folder)
            let network = session.model?.network
            XCTAssertEqual(ShellHarness.failure("load bad.json", in: &session, base: folder)?.message, "bad.json: " + message)
            XCTAssertEqual(session.model?.network, network)
        }
    }

    func testALoadedModelKeepsItsNormalisationWhenTheDataChanges() throws {
        let folder = ShellHarness.scratchFolder()
        var trained = Session()
        try ShellHarness.execute("dataset blobs 90 seed 2; normalize on; net 2 4 3; train 20; save m.json; dataset save other.csv",
                                 in: &trained, base: folder)
        try ShellHarness.execute("dataset blobs 60 std 4 seed 9; dataset save new.csv", in: &trained, base: folder)
        var session = Session()
        try ShellHarness.execute("load m.json", in: &session, base: folder)
        let saved = session.normalizer
        let prediction = try ShellHarness.execute("predict 1 2", in: &session)
        try ShellHarness.execute("dataset load new.csv; set val 0.5", in: &session, base: folder)
        XCTAssertEqual(session.normalizer, saved)
        XCTAssertEqual(try ShellHarness.execute("predict 1 2", in: &session), prediction)
        try ShellHarness.execute("reset", in: &session)
        XCTAssertNotEqual(session.normalizer, saved)
    }

    func testControlCharactersFromFilesAreShownEscaped() throws {
        let folder = ShellHarness.scratchFolder()
        try write("x1,x\u{1B}[2J,label\n1,2,0\n", folder, "names.csv")
        try write("x1,x2,label\n1,2,a\u{1B}]0;title\u{07}\n", folder, "labels.csv")
        try write("x1,x2,label\n1,\u{1B}[8mhidden,a\n", folder, "fields.csv")
        var session = Session()
        XCTAssertEqual(ShellHarness.failure("dataset load names.csv", in: &session, base: folder)?.message,
                       "names.csv:1: the column name 'x\\x1b[2J' has a control character; names must be plain text")
        XCTAssertEqual(ShellHarness.failure("dataset load labels.csv", in: &session, base: folder)?.message,
                       "labels.csv:2: the label 'a\\x1b]0;title\\x07' has a control character; class names must be plain text")
        XCTAssertEqual(ShellHarness.failure("dataset load fields.csv", in: &session, base: folder)?.message,
                       "fields.csv:2: column 'x2': '\\x1b[8mhidden' is not a number; inputs must be numeric (text belongs in the label column)")
        let run = ShellHarness.replay("%% Title \u{1B}[2J\necho a\u{1B}[Hb\u{07}\n", echo: true)
        XCTAssertEqual(run.output, "## Title \\x1b[2J\nnnb> echo a\\x1b[Hb\\x07\na\\x1b[Hb\\x07\n")
        XCTAssertEqual(TextSafety.keepingColors("\u{1B}[31mred\u{1B}[0m\u{1B}[2J"), "\u{1B}[31mred\u{1B}[0m\\x1b[2J")
    }
}
