import Foundation
import XCTest
@testable import NNShell

/// The committed files made from the command table must be what the table makes now: change a
/// command's help and run scripts/update-docs.sh, or this fails.
final class GeneratedDocsTests: XCTestCase {
    private func committed(_ path: String) throws -> String {
        try String(contentsOf: Repository.url(path), encoding: .utf8)
    }

    private func assertGenerated(_ path: String, _ expected: String, line: UInt = #line) throws {
        assertSame(try committed(path), expected + "\n", path, line: line)
    }

    /// Names the first line where `text` (committed) and `expected` (from the table) part.
    private func assertSame(_ text: String, _ expected: String, _ path: String, line: UInt = #line) {
        guard text != expected else { return }
        let ours = text.split(separator: "\n", omittingEmptySubsequences: false)
        let table = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(ours, table).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, table.count)
        XCTFail("""
            \(path) differs from what the command table produces (first at line \(first + 1)): run scripts/update-docs.sh
              committed: \(first < ours.count ? String(ours[first]) : "(end of file)")
              table:     \(first < table.count ? String(table[first]) : "(end of file)")
            """, line: line)
    }

    func testCommandReferenceMatchesTheTable() throws {
        try assertGenerated("docs/commands.md", HelpExport.markdown())
    }

    func testEditorSyntaxFilesMatchTheTable() throws {
        try assertGenerated("editors/vscode/syntaxes/nnb.tmLanguage.json", SyntaxGrammar.textMate())
        try assertGenerated("editors/vim/syntax/nnb.vim", SyntaxGrammar.vim())
    }

    func testManPageCommandsAndVersionMatchTheTable() throws {
        let page = try committed("docs/nnb.1")
        guard let begin = page.range(of: ".\\\" BEGIN COMMANDS\n"), let end = page.range(of: ".\\\" END COMMANDS\n") else {
            return XCTFail("docs/nnb.1 lost its BEGIN COMMANDS / END COMMANDS markers")
        }
        assertSame(String(page[begin.upperBound..<end.lowerBound]), HelpExport.roff() + "\n", "docs/nnb.1's COMMANDS section")
        XCTAssertTrue(page.contains(".TH NNB 1 \"\" \"nnb \(Program.version)\""), "docs/nnb.1 names another version")
    }

    func testManPageDescribesEveryProgramOption() throws {
        let page = try committed("docs/nnb.1")
        for option in ProgramArguments.longOptionNames {
            XCTAssertTrue(page.contains(HelpExport.roffText(option)), "docs/nnb.1 does not describe \(option)")
        }
    }

    func testMarkdownHasEveryCommandAndOption() {
        let markdown = HelpExport.markdown()
        for command in CommandTable.all {
            XCTAssertTrue(markdown.contains("\n### \(command.name)\n"), command.name)
            for option in command.options {
                XCTAssertTrue(markdown.contains("| `\(option.name) \(option.placeholder)` |"), "\(command.name) \(option.name)")
            }
        }
    }
}
