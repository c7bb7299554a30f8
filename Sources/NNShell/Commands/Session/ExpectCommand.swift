/// `expect`: a notebook's check on its own results.
enum ExpectCommand {
    static let command = Command(
        "expect",
        forms: [UsageForm("METRIC OP VALUE"), UsageForm("error COMMAND ...")],
        summary: "fail unless a metric compares true (notebooks check themselves)",
        help: """
        Fails as an error unless METRIC of the current weights, as of the last 'train' or \
        'eval' (loss acc val_loss val_acc; r2 val_r2 for regression; or epochs trained so \
        far), compares true with \
        VALUE. OP is one of < <= > >=. 'expect error COMMAND ...' runs COMMAND and fails \
        unless it fails: it prints the error COMMAND gave and, like any failing command, \
        COMMAND changes nothing; a notebook can show a mistake (a diverging learning rate, \
        a wrong size) and carry on.
        """,
        examples: ["expect val_acc >= 0.9", "expect loss < 0.3", "expect epochs >= 100",
                   "expect error net 3 8 1"],
        arguments: 2...Int.max,
        completion: { position, _ in
            position == 0 ? CompletionSet(words: metrics + ["error"])
                : position == 1 ? CompletionSet(words: operators) : .none
        },
        run: run
    )

    static let metrics = ["loss", "acc", "val_loss", "val_acc", "r2", "val_r2", "epochs"]
    static let operators = ["<", "<=", ">", ">="]

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        if invocation.arguments[0].text == "error" && !invocation.arguments[0].quoted {
            return try expectError(&session, invocation, context)
        }
        let metric = try invocation.choice(at: 0, from: metrics + ["error"], what: "metric")
        guard invocation.arguments.count == 3 else {
            let extra = invocation.arguments.count > 3 ? invocation.arguments[3] : invocation.arguments[1]
            throw Diagnostic(invocation.arguments.count > 3 ? "unexpected argument '\(extra.text)'" : "missing argument",
                             at: extra, hint: invocation.command.usageHint)
        }
        let operation = try invocation.choice(at: 1, from: operators, what: "comparison")
        let target = try invocation.number(at: 2, named: "VALUE",
                                           in: NumberRange(-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude))
        let value: Double
        if metric == "epochs" {
            value = Double(session.model?.trainer.history.count ?? 0)
        } else {
            guard let evaluation = session.lastEvaluation else {
                throw invocation.error("no metrics yet: run 'train' or 'eval' first", at: 0)
            }
            let regression = evaluation.r2 != nil
            if regression != ["r2", "val_r2"].contains(metric), metric != "loss", metric != "val_loss" {
                throw invocation.error(regression ? "no \(metric) for regression: use r2 or val_r2 (or loss, val_loss)"
                                                  : "no \(metric) for classification: use acc or val_acc (or loss, val_loss)", at: 0)
            }
            let found: Double? = switch metric {
            case "loss": evaluation.loss
            case "acc": evaluation.accuracy
            case "val_loss": evaluation.validationLoss
            case "r2": evaluation.r2
            case "val_r2": evaluation.validationR2
            default: evaluation.validationAccuracy
            }
            guard let found else {
                throw invocation.error("no \(metric): the data has no validation split (set val 0.2)", at: 0)
            }
            value = found
        }
        let holds = switch operation {
        case "<": value < target
        case "<=": value <= target
        case ">": value > target
        default: value >= target
        }
        let shown = metric == "epochs" ? String(Int(value)) : NumberFormat.fixed4(value)
        guard holds else {
            throw invocation.error("expect failed: \(metric) is \(shown), not \(operation) \(invocation.arguments[2].text)", at: 0)
        }
        context.console.line("ok: \(metric) \(shown) \(operation) \(invocation.arguments[2].text)")
    }

    /// `expect error COMMAND ...`: runs COMMAND (on the session, which it leaves as it was when it
    /// fails) and succeeds only if COMMAND fails, printing COMMAND's error.
    private static func expectError(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let words = Array(invocation.arguments.dropFirst())
        let source = words.map { $0.quoted ? "\"\($0.text)\"" : $0.text }.joined(separator: " ")
        do {
            try Interpreter.execute(Statement(tokens: words, source: source), session: &session, context: context)
        } catch {
            context.console.line("ok: error as expected: \(error.message)")
            return
        }
        throw Diagnostic("expect failed: '\(source)' succeeded, but an error was expected", at: invocation.arguments[1])
    }
}
