import Foundation
import XCTest
@testable import NNShell

/// `nnb FILE.nnb --report DIR`: the executed notebook as HTML and Markdown.
final class ReportTests: XCTestCase {
    private func run(_ arguments: [String], folder: String) throws -> BuiltProgram.Result {
        try BuiltProgram.run(arguments, in: folder)
    }

    private let notebook = """
    %% md
    # Small <moons>
    Two **half circles** and a `plot`.
    %% Make the data
    seed 1
    dataset moons 80
    plot data
    %% Train & draw
    net 2 6 1
    train 3
    plot loss loss.png
    """

    func testReportHasCellsCommandsAndInlinePictures() throws {
        let folder = ShellHarness.scratchFolder()
        try notebook.write(toFile: folder + "/small.nnb", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        try Data([1]).write(to: URL(fileURLWithPath: folder + "/out/plot-7.png"))
        let plain = try run(["small.nnb"], folder: folder)
        let reported = try run(["--report", "out", "small.nnb"], folder: folder)
        XCTAssertEqual(reported.status, 0, reported.errors)
        XCTAssertEqual(reported.output, plain.output, "a report does not change what the replay prints")

        let html = try String(contentsOfFile: folder + "/out/index.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<h1>Small &lt;moons&gt;</h1>"), html)
        XCTAssertTrue(html.contains("<strong>half circles</strong>"))
        XCTAssertTrue(html.contains("<h2 class=\"cell-title\">Make the data</h2>"))
        XCTAssertTrue(html.contains("<h2 class=\"cell-title\">Train &amp; draw</h2>"))
        XCTAssertTrue(html.contains("dataset moons 80</div>"))
        XCTAssertTrue(html.contains("moons: 80 points, 2 features, 2 classes, train 64 / val 16"))
        XCTAssertTrue(html.contains("wrote loss.png (PNG 640×480)"))
        XCTAssertFalse(html.contains("capital: train"), "terminal pictures stay out of the report")
        let images = html.components(separatedBy: "<img src=\"data:image/png;base64,").dropFirst()
        XCTAssertEqual(images.count, 2)
        for image in images {
            let encoded = try XCTUnwrap(image.split(separator: "\"").first)
            let png = try XCTUnwrap(Data(base64Encoded: String(encoded)))
            let size = try XCTUnwrap(PictureFiles.pngSize(Array(png)))
            XCTAssertEqual([size.width, size.height], [640, 480])
        }

        let markdown = try String(contentsOfFile: folder + "/out/index.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("## Make the data"))
        XCTAssertTrue(markdown.contains("nnb> net 2 6 1\nnetwork 2-6-1"))
        let linked = markdown.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
        XCTAssertEqual(linked, ["plot-1.png", "plot-2.png"])
        for file in linked {
            let png = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/out/" + file))
            XCTAssertNotNil(PictureFiles.pngSize(Array(png)), file)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out/plot-7.png"), "an older report's pictures are removed")
    }

    func testJupyterNotebookHoldsTheCellsTheirOutputAndEveryPicture() throws {
        let folder = ShellHarness.scratchFolder()
        try (notebook + "\n%% Left out\n# train 5000\n").write(toFile: folder + "/small.nnb", atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["small.nnb", "--report", "out"], folder: folder).status, 0)
        let data = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/out/index.ipynb"))
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(document["nbformat"] as? Int, 4)
        let metadata = try XCTUnwrap(document["metadata"] as? [String: Any])
        XCTAssertEqual((metadata["kernelspec"] as? [String: Any])?["name"] as? String, "nnb")
        XCTAssertEqual((metadata["language_info"] as? [String: Any])?["name"] as? String, "nnb")
        let cells = try XCTUnwrap(document["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["cell_type"] as? String }, ["markdown", "code", "code"], "the commented-out cell is left out")
        XCTAssertEqual((cells[0]["source"] as? [String])?.joined(), "# Small <moons>\nTwo **half circles** and a `plot`.")
        XCTAssertEqual((cells[2]["source"] as? [String])?.joined(), "net 2 6 1\ntrain 3\nplot loss loss.png")
        XCTAssertEqual((cells[2]["metadata"] as? [String: Any]).flatMap { $0["nnb"] as? [String: String] }, ["title": "Train & draw"])
        let outputs = cells.dropFirst().map { ($0["outputs"] as? [[String: Any]]) ?? [] }
        let text = outputs[0].filter { $0["output_type"] as? String == "stream" }.compactMap { ($0["text"] as? [String])?.joined() }
        XCTAssertEqual(text, ["seed 1\nmoons: 80 points, 2 features, 2 classes, train 64 / val 16\n"])
        let pictures = outputs.joined().filter { $0["output_type"] as? String == "display_data" }
        XCTAssertEqual(pictures.count, 2)
        for picture in pictures {
            let encoded = try XCTUnwrap((picture["data"] as? [String: Any])?["image/png"] as? String)
            let png = try XCTUnwrap(Data(base64Encoded: encoded))
            XCTAssertNotNil(PictureFiles.pngSize(Array(png)))
        }
    }

    func testReportsRenderTablesAndLeaveOutEmptyCells() throws {
        let folder = ShellHarness.scratchFolder()
        try "%% md\n| seed | val_acc |\n|---:|---:|\n| 0 | 0.87 |\n%% Commented out\n# train 5000\n%% Say\necho hi\n"
            .write(toFile: folder + "/t.nnb", atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["t.nnb", "--report", "out"], folder: folder).status, 0)
        let html = try String(contentsOfFile: folder + "/out/index.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<th align=\"right\">seed</th>"), html)
        XCTAssertTrue(html.contains("<td align=\"right\">0.87</td>"))
        XCTAssertFalse(html.contains("Commented out"))
        XCTAssertEqual(html.components(separatedBy: "<section class=\"code\">").count - 1, 1)
        XCTAssertTrue(html.contains("pre.output { max-width: 100%; white-space: pre;"), "long lines scroll in their card")
        let markdown = try String(contentsOfFile: folder + "/out/index.md", encoding: .utf8)
        XCTAssertFalse(markdown.contains("Commented out"))
    }

    func testFailuresAppearInTheReportAndTheStatus() throws {
        let folder = ShellHarness.scratchFolder()
        try "%% Oops\necho before\nplot boundary\necho after\n".write(toFile: folder + "/bad.nnb", atomically: true, encoding: .utf8)
        let result = try run(["bad.nnb", "--keep-going", "--report", "report"], folder: folder)
        XCTAssertEqual(result.status, 1)
        let html = try String(contentsOfFile: folder + "/report/index.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<pre class=\"output error\">bad.nnb:3: error: no data yet: plot boundary needs a data set first"), html)
        XCTAssertTrue(html.contains("1 failed"))
        XCTAssertTrue(html.contains("echo after</div>"))
    }

    func testReportNeedsANotebookFile() throws {
        let folder = ShellHarness.scratchFolder()
        XCTAssertEqual(try run(["-e", "echo hi", "--report", "out"], folder: folder).status, 2)
        XCTAssertEqual(try run(["--report", "out"], folder: folder).status, 2)
        XCTAssertEqual(try run(["-", "--report", "out"], folder: folder).status, 2)
        XCTAssertEqual(try run(["n.nnb", "--report"], folder: folder).status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out"))
        XCTAssertEqual(try ProgramArguments(parsing: ["n.nnb", "--report=r"]).report, "r")
    }
}
