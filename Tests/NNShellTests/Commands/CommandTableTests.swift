import XCTest
@testable import NNShell

final class CommandTableTests: XCTestCase {
    func testEveryCommandOfTheLanguageIsInTheTable() {
        let names = ["dataset", "features", "normalize", "net", "loss", "optimizer", "init", "reset", "summary",
                     "weights", "train", "step", "eval", "predict", "gradcheck", "plot", "set", "show", "seed",
                     "save", "load", "run", "echo", "expect", "history", "help", "quit", "exit"]
        for name in names {
            XCTAssertNotNil(CommandTable.command(named: name), name)
        }
    }

    func testEveryCommandHasUsageHelpAndExamplesThatParse() throws {
        for command in CommandTable.all {
            XCTAssertTrue(command.usage.hasPrefix(command.name), command.name)
            XCTAssertFalse(command.help.isEmpty, command.name)
            XCTAssertFalse(command.examples.isEmpty, command.name)
            for example in command.examples {
                let statements = try Lexer.statements(in: example)
                XCTAssertNotNil(CommandTable.command(named: statements[0].tokens[0].text), example)
                XCTAssertNoThrow(try Invocation(command: CommandTable.command(named: statements[0].tokens[0].text)!,
                                                statement: statements[0]), example)
            }
        }
    }

    func testHelpListsEveryCommandAndEachPageHasUsageAndExamples() throws {
        var session = Session()
        let overview = try ShellHarness.execute("help", in: &session)
        for command in CommandTable.all {
            XCTAssertTrue(overview.contains("  \(command.name) "), command.name)
            let page = try ShellHarness.execute("help \(command.name)", in: &session)
            XCTAssertTrue(page.hasPrefix("usage: \(command.name)"), command.name)
            XCTAssertTrue(page.contains("example"), command.name)
        }
        let train = try ShellHarness.execute("help train", in: &session)
        XCTAssertTrue(train.contains("default 100"))
        XCTAssertTrue(train.contains("batch B"))
        let set = try ShellHarness.execute("help set", in: &session)
        XCTAssertTrue(set.contains("beta2 X"))
    }

    func testEveryUsageLineNamesEveryOptionOfItsCommand() {
        for command in CommandTable.all {
            for option in command.options {
                XCTAssertTrue(command.usage.contains("[\(option.name) \(option.placeholder)]"),
                              "usage of \(command.name) lacks \(option.name): \(command.usage)")
            }
        }
    }

    /// Every "(default V)" that help states for a setting equals that setting in a fresh
    /// `Settings()`, whether on the `set` page, as another command's option, or as a setting command.
    func testEveryStatedDefaultOfASettingIsTheSettingsDefault() throws {
        let fresh = Session()
        var checked = 0
        for command in CommandTable.all {
            for line in HelpCommand.page(command) where line.hasPrefix("  ") {
                let words = line.split(separator: " ")
                guard let name = words.first.map(String.init), let key = SettingKey.named(name),
                      let open = line.range(of: "(default ") else { continue }
                let stated = line[open.upperBound...].prefix { $0 != ")" && $0 != ";" }
                XCTAssertEqual(String(stated), key.text(fresh), "help \(command.name): \(line)")
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, SettingKey.all.count + 10)
        for (name, command) in [("seed", "seed"), ("loss", "loss"), ("init", "init"), ("normalize", "normalize"),
                                ("optimizer", "optimizer")] {
            let entry = try XCTUnwrap(CommandTable.command(named: command))
            XCTAssertEqual(entry.completion(0, []).words, SettingKey.named(name)?.values, command)
        }
    }

    func testSettingCommandsPrintWhatTheirSetFormPrints() throws {
        for line in ["seed 3", "loss mse", "loss auto", "init xavier", "normalize on", "normalize off",
                     "optimizer adam", "optimizer momentum"] {
            var viaCommand = try ShellHarness.session("dataset moons 40; net 2 4 1")
            var viaSet = viaCommand
            let words = line.split(separator: " ")
            XCTAssertEqual(try ShellHarness.execute(line, in: &viaCommand),
                           try ShellHarness.execute("set \(words[0]) \(words[1])", in: &viaSet), line)
            XCTAssertEqual(viaCommand.settings, viaSet.settings, line)
        }
        var session = try ShellHarness.session("dataset moons 40; net 2 4 1")
        XCTAssertEqual(try ShellHarness.execute("optimizer adam lr 0.01", in: &session),
                       "optimizer adam lr 0.01 beta1 0.9 beta2 0.999 eps 1e-8 (optimizer state cleared, weights kept)\n")
        XCTAssertEqual(session.settings.learningRate, 0.01)
    }

    func testTheCommandsThatRedrawTheLivePictureAreTheSpecs() {
        XCTAssertEqual(Set(CommandTable.all.filter(\.changesPicture).map(\.name)),
                       ["dataset", "features", "normalize", "net", "reset", "load"])
    }

    func testUnknownCommandSuggestsTheNearest() {
        var session = Session()
        let diagnostic = ShellHarness.failure("tran 100", in: &session)
        XCTAssertEqual(diagnostic?.message, "unknown command 'tran' (did you mean train?)")
        XCTAssertEqual(diagnostic?.column, 1)
        let far = ShellHarness.failure("help zzzzzzzz", in: &session)
        XCTAssertTrue(far?.message.hasPrefix("unknown command 'zzzzzzzz' (choose dataset") ?? false)
    }

    func testOptionsParseInAnyOrderAndAreChecked() throws {
        let command = try XCTUnwrap(CommandTable.command(named: "train"))
        let statement = try Lexer.statements(in: "train batch 16 200 lr .05")[0]
        let invocation = try Invocation(command: command, statement: statement)
        XCTAssertEqual(invocation.arguments.map(\.text), ["200"])
        XCTAssertEqual(invocation.number("lr"), 0.05)
        XCTAssertEqual(invocation.integer("batch"), 16)

        var session = Session()
        XCTAssertEqual(ShellHarness.failure("train lr 20", in: &session)?.message, "lr must be a number > 0 and ≤ 10, got 20")
        XCTAssertEqual(ShellHarness.failure("train lr", in: &session)?.message, "option 'lr' needs a value: lr X")
        XCTAssertEqual(ShellHarness.failure("train lr 0.1 lr 0.2", in: &session)?.message, "option 'lr' is given twice")
        XCTAssertEqual(ShellHarness.failure("train batch 2.5", in: &session)?.message,
                       "batch must be an integer from 1 to 1000000, got 2.5")
        XCTAssertEqual(ShellHarness.failure("train 100 200", in: &session)?.message, "unexpected argument '200'")
        XCTAssertEqual(ShellHarness.failure("train 100 200", in: &session)?.hint,
                       "usage: train [EPOCHS|forever] [lr X] [batch B] [every K] [patience P]")
        XCTAssertEqual(ShellHarness.failure("train 0", in: &session)?.message,
                       "EPOCHS must be an integer from 1 to 1000000000, got 0")
        XCTAssertEqual(ShellHarness.failure("seed", in: &session)?.message, "missing argument")
        XCTAssertEqual(ShellHarness.failure("seed", in: &session)?.hint, "usage: seed S")
    }

    func testErrorsRenderWithCaretOrFileAndLine() throws {
        var session = Session()
        let diagnostic = try XCTUnwrap(ShellHarness.failure("net 2 8 1 rellu", in: &session))
        XCTAssertEqual(diagnostic.message, "unknown activation 'rellu' (did you mean relu?)")
        let interactive = DiagnosticRenderer.interactive(diagnostic, promptWidth: 5, color: false)
        XCTAssertEqual(interactive.split(separator: "\n").first, "               ^~~~~")
        XCTAssertEqual(DiagnosticRenderer.script(diagnostic, file: "a.nnb", line: 4).split(separator: "\n").first,
                       "a.nnb:4: error: unknown activation 'rellu' (did you mean relu?)")
    }
}
