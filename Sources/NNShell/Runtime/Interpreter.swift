import NNCore
/// Runs command lines against a session.
package enum Interpreter {
    /// Runs every statement of `line` in order, stopping at the first that fails. Each statement
    /// is echoed through `echo` (when given) before it runs.
    package static func execute(line: String, session: inout Session, context: Context,
                               echo: ((String) -> Void)? = nil) throws(Diagnostic) {
        for statement in try Lexer.statements(in: line) {
            echo?(statement.source)
            try execute(statement, session: &session, context: context)
            if context.quitRequested { return }
        }
    }

    /// Runs one statement. The command transforms a copy of the session; the copy is kept only
    /// when the command succeeds.
    static func execute(_ statement: Statement, session: inout Session,
                               context: Context) throws(Diagnostic) {
        guard let name = statement.tokens.first else { return }
        guard let command = CommandTable.command(named: name.text), !name.quoted else {
            throw Diagnostic(Invocation.unknownMessage(name.text, what: "command", choices: CommandTable.names),
                             at: name, hint: "type 'help' for the list of commands")
        }
        let invocation = try Invocation(command: command, statement: statement)
        var copy = session
        MatrixProduct.allowsBLAS = session.settings.blas
        do {
            try command.run(&copy, invocation, context)
        } catch var diagnostic as Diagnostic {
            if diagnostic.column == nil, diagnostic.file == nil {
                diagnostic.column = name.column
                diagnostic.length = name.length
            }
            throw diagnostic
        } catch {
            throw Diagnostic(String(describing: error), at: name)
        }
        session = copy
        LivePreview.show(after: command, session, context)
    }
}
