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

    /// A write that fails partway (here the file-size limit, as a full disk fails a write)
    /// leaves the old file as it was and no temporary file, and says the system's reason.
    func testAWriteFailingPartwayKeepsTheOldFile() throws {
        let folder = ShellHarness.scratchFolder()
        try "old\n".write(toFile: folder + "/points.csv", atomically: true, encoding: .utf8)
        var session = Session()
        try ShellHarness.execute("dataset moons 500", in: &session, base: folder)
        // Glibc imports the resource as an enum case; the functions take its raw value.
        let fileSize = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        var saved = rlimit()
        XCTAssertEqual(getrlimit(fileSize, &saved), 0)
        var small = saved
        small.rlim_cur = 4096
        let handler = signal(SIGXFSZ, SIG_IGN)
        XCTAssertEqual(setrlimit(fileSize, &small), 0)
        let message = ShellHarness.failure("dataset save points.csv", in: &session, base: folder)?.message
        setrlimit(fileSize, &saved)
        signal(SIGXFSZ, handler)
        XCTAssertEqual(message, "cannot write 'points.csv': file too large")
        XCTAssertEqual(try String(contentsOfFile: folder + "/points.csv", encoding: .utf8), "old\n")
        XCTAssertEqual(try listing(folder), ["points.csv"])
    }

    /// SIGTERM while a save is writing (its temporary file seen in the folder) leaves a whole
    /// model file and no temporary file: the signal waits until the write is renamed or removed.
    func testSIGTERMDuringASaveLeavesAWholeFileAndNoTemporaryFile() throws {
        let program = try BuiltProgram.url()
        let saves = Array(repeating: "save m.json", count: 200).joined(separator: "; ")
        for attempt in 1...3 {
            let folder = ShellHarness.scratchFolder()
            let process = Process()
            process.executableURL = program
            process.arguments = ["-q", "-e", "seed 1; dataset moons 20; net 2 600 600 1; \(saves)"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(30)
            var caught = false
            while !caught, process.isRunning, Date() < deadline {
                caught = try listing(folder).contains { $0.hasPrefix(".nnb-") }
            }
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            XCTAssertTrue(caught, "attempt \(attempt): no save was seen writing")
            XCTAssertEqual(process.terminationReason, .uncaughtSignal)
            let names = try listing(folder)
            XCTAssertTrue(names == [] || names == ["m.json"], "attempt \(attempt): \(names)")
            if names == ["m.json"] {
                let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/m.json"))
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), "attempt \(attempt): the file is cut short")
            }
        }
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
