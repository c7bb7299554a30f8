import Foundation
import XCTest
@testable import NNShell

/// `nnb --notebooks`: the installed layout beside the binary, or the source tree above a build folder.
final class NotebookFolderTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "nnb-folder-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testInstalledLayoutBesideTheBinary() throws {
        try FileManager.default.createDirectory(atPath: folder + "/share/nnb/notebooks", withIntermediateDirectories: true)
        let located = NotebookFolder.locate(executable: URL(fileURLWithPath: folder + "/bin/nnb"))
        XCTAssertEqual(located, URL(fileURLWithPath: folder + "/share/nnb/notebooks").resolvingSymlinksInPath().path)
    }

    func testSourceTreeAboveABuildFolder() throws {
        try FileManager.default.createDirectory(atPath: folder + "/notebooks", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/.build/release", withIntermediateDirectories: true)
        try "// swift-tools-version:6.0\n".write(toFile: folder + "/Package.swift", atomically: true, encoding: .utf8)
        let located = NotebookFolder.locate(executable: URL(fileURLWithPath: folder + "/.build/release/nnb"))
        XCTAssertEqual(located, URL(fileURLWithPath: folder + "/notebooks").resolvingSymlinksInPath().path)
    }

    func testNeitherLayoutIsNil() {
        XCTAssertNil(NotebookFolder.locate(executable: URL(fileURLWithPath: folder + "/bin/nnb")))
    }
}
