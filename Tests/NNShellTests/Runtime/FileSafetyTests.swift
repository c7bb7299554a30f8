import Foundation
import XCTest
@testable import NNShell
import NNCore

/// Writes never replace anything but a regular file, keep links and modes, leave no temporary
/// files, and say the real reason when they fail.
final class FileSafetyTests: XCTestCase {
    private func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    func testDevicesFifosAndFoldersAreRefusedAndLeftAlone() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        try ShellHarness.execute("dataset moons 20; net 2 3 1", in: &session, base: folder)
        let before = session
        XCTAssertEqual(ShellHarness.failure("save /dev/full", in: &session)?.message,
                       "cannot write '/dev/full': it is a device, not a regular file")
        var info = stat()
        XCTAssertEqual(stat("/dev/full", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
        XCTAssertEqual(mkfifo(folder + "/pipe", 0o644), 0)
        XCTAssertEqual(ShellHarness.failure("dataset save pipe", in: &session, base: folder)?.message,
                       "cannot write 'pipe': it is a FIFO, not a regular file")
        XCTAssertEqual(ShellHarness.failure("dataset load pipe", in: &session, base: folder)?.message,
                       "cannot read 'pipe': it is a FIFO, not a regular file")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        XCTAssertEqual(ShellHarness.failure("history save sub", in: &session, base: folder)?.message,
                       "cannot write 'sub': it is a folder, not a regular file")
        XCTAssertEqual(try listing(folder), ["pipe", "sub"])
        XCTAssertEqual(session.model?.network, before.model?.network)
    }

    func testALinkIsKeptAndTheFileItPointsToReplacedWithItsMode() throws {
        let folder = ShellHarness.scratchFolder()
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: false)
        try "old\n".write(toFile: folder + "/real/points.csv", atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(folder + "/real/points.csv", 0o640), 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: "real/points.csv")
        var session = Session()
        try ShellHarness.execute("dataset moons 5; dataset save link.csv", in: &session, base: folder)
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.csv")
        XCTAssertEqual(destination, "real/points.csv")
        let text = try String(contentsOfFile: folder + "/real/points.csv", encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("x1,x2,label\n"))
        XCTAssertEqual(text.split(separator: "\n").count, 6)
        var info = stat()
        XCTAssertEqual(stat(folder + "/real/points.csv", &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o640)
        XCTAssertEqual(try listing(folder), ["link.csv", "real"])
        XCTAssertEqual(try listing(folder + "/real"), ["points.csv"])
    }

    func testFailuresSayTheRealReasonAndLeaveNoTemporaryFile() throws {
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        try ShellHarness.execute("dataset moons 5", in: &session, base: folder)
        let long = String(repeating: "n", count: 300) + ".csv"
        XCTAssertEqual(ShellHarness.failure("dataset save \(long)", in: &session, base: folder)?.message,
                       "cannot write '\(long)': file name too long")
        XCTAssertEqual(ShellHarness.failure("dataset save missing/points.csv", in: &session, base: folder)?.message,
                       "cannot write 'missing/points.csv': no such folder")
        XCTAssertEqual(try listing(folder), [])
        XCTAssertEqual(FileAccess.reason(ENOSPC), "no space left on device")
        XCTAssertEqual(FileAccess.reason(EACCES), "permission denied")
    }

    func testTildeMeansHomeFromTheEnvironment() throws {
        let home = ShellHarness.scratchFolder()
        let saved = ProcessInfo.processInfo.environment["HOME"]
        setenv("HOME", home, 1)
        defer {
            if let saved { setenv("HOME", saved, 1) } else { unsetenv("HOME") }
        }
        var session = Session()
        try ShellHarness.execute("dataset moons 5; dataset save ~/points.csv", in: &session)
        XCTAssertEqual(try listing(home), ["points.csv"])
    }

    func testNonFiniteNormalisationIsRefusedAtSave() throws {
        let folder = ShellHarness.scratchFolder()
        try "x1,x2,label\n3e38,-3e38,0\n-3e38,3e38,1\n1,2,0\n".write(toFile: folder + "/huge.csv", atomically: true, encoding: .utf8)
        var session = Session()
        try ShellHarness.execute("dataset load huge.csv val 0; features x1 x2 x1^2; normalize on; net 3 1; train 2", in: &session, base: folder)
        XCTAssertEqual(try ShellHarness.execute("save m.json", in: &session, base: folder), "saved 3-1 to m.json\n")
        try FileManager.default.removeItem(atPath: folder + "/m.json")
        session.normalizer = Standardizer(mean: [0, 0, .infinity], std: [1, 1, 1])
        let diagnostic = ShellHarness.failure("save m.json", in: &session, base: folder)
        XCTAssertEqual(diagnostic?.message.hasPrefix("the normalisation is not finite"), true, diagnostic?.message ?? "")
        XCTAssertEqual(try listing(folder), ["huge.csv"])
    }
}
