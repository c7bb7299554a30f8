import Foundation
import XCTest
@testable import NNShell

final class ModelFileCommandTests: XCTestCase {
    func testSaveThenLoadPredictsTheSameWithNoData() throws {
        let folder = ShellHarness.scratchFolder()
        var trained = Session()
        try ShellHarness.execute("dataset circles 120; features x1 x2 x1^2 x2^2; normalize on; net 4 6 1; train 10", in: &trained, base: folder)
        XCTAssertEqual(try ShellHarness.execute("save model.json", in: &trained, base: folder), "saved 4-6-1 to model.json\n")
        let expected = try ShellHarness.execute("predict 0.3 -0.7", in: &trained)
        var fresh = Session()
        let loaded = try ShellHarness.execute("load model.json", in: &fresh, base: folder)
        XCTAssertEqual(loaded, "loaded 4-6-1 from model.json: inputs x1 x2, features x1 x2 x1^2 x2^2, normalize on, classes 0 1\n")
        XCTAssertEqual(try ShellHarness.execute("predict 0.3 -0.7", in: &fresh), expected)
        XCTAssertEqual(fresh.model?.network, trained.model?.network)
        XCTAssertEqual(fresh.model?.trainer.optimizer, trained.model?.trainer.optimizer)
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(listing, ["model.json"])
    }

    func testDataWithSomeOfTheModelsClassesIsLabelledByTheModelsNames() throws {
        let folder = ShellHarness.scratchFolder()
        try "x1,x2,label\n1,0,b\n0,1,b\n".write(toFile: folder + "/only-b.csv", atomically: true, encoding: .utf8)
        try "x1,x2,label\n1,0,a\n0,1,b\n1,1,a\n".write(toFile: folder + "/both.csv", atomically: true, encoding: .utf8)
        var trained = Session()
        try ShellHarness.execute("dataset load both.csv val 0; net 2 3 1; save model.json", in: &trained, base: folder)
        var session = Session()
        try ShellHarness.execute("dataset load only-b.csv val 0; load model.json", in: &session, base: folder)
        XCTAssertEqual(session.data?.all.classes, ["a", "b"])
        XCTAssertEqual(session.data?.all.labels, [1, 1])
        var other = Session()
        try ShellHarness.execute("load model.json; dataset load only-b.csv val 0", in: &other, base: folder)
        XCTAssertEqual(other.data?.train.labels, [1, 1])
    }

    func testLoadRefusesBadFilesAndChangesNothing() throws {
        let folder = ShellHarness.scratchFolder()
        try "{\"format\": \"other\"}".write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        var session = Session()
        try ShellHarness.execute("dataset moons 40; net 2 3 1", in: &session)
        let before = session.model?.network
        let diagnostic = ShellHarness.failure("load bad.json", in: &session, base: folder)
        XCTAssertEqual(diagnostic?.message.hasPrefix("bad.json: "), true)
        XCTAssertEqual(ShellHarness.failure("load missing.json", in: &session)?.message, "cannot read 'missing.json': no such file")
        XCTAssertEqual(session.model?.network, before)
        XCTAssertEqual(ShellHarness.failure("save /no/such/folder/m.json", in: &session)?.message,
                       "cannot write '/no/such/folder/m.json': no such folder")
    }
}
