import NNCore

/// `predict`: classes and probabilities for one point or every row of a CSV file; for a
/// regression model the predicted value (`prediction`).
enum PredictCommand {

    static let command = Command(
        "predict",
        forms: [UsageForm("X1 X2 ..."), UsageForm("IN.csv OUT.csv")],
        summary: "classify a point, or every row of a CSV file",
        help: """
        For one point given by its raw inputs, prints the class and every class probability. \
        For a CSV file, IN needs the raw input columns by header name (x1,x2 for generated \
        sets); OUT gets IN's columns, then p0 p1 ..., then class. Works right after 'load' \
        with no data.
        """,
        examples: ["predict 0.5 -0.25", "predict grid.csv predictions.csv"],
        arguments: 1...10_000,
        completion: { _, _ in .files },
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let model = try session.requireModel(for: "predict")
        let columns = session.inputColumns
        let arguments = invocation.arguments
        if arguments.count == 2, NumberParser.number(arguments[0].text) == nil, NumberParser.number(arguments[1].text) == nil {
            try predictFile(session, model, invocation, context)
            return
        }
        guard arguments.count == columns.count else {
            throw invocation.error("predict needs \(columns.count) inputs (\(columns.joined(separator: " "))), got \(arguments.count)",
                                   at: arguments.count > columns.count ? columns.count : nil, usage: true)
        }
        let values = try arguments.indices.map { index in
            try invocation.number(at: index, named: columns[index],
                                  in: NumberRange(-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude))
        }
        if let index = values.firstIndex(where: { abs($0) > Double(Float.greatestFiniteMagnitude) }) {
            throw invocation.error("\(columns[index]) = \(arguments[index].text) is beyond the 32-bit range (±3.4e38) the network computes in: give a value of at most 3.4e38 in size", at: index)
        }
        if model.isRegression {
            let value = try predictions(session, model, raw: values, width: columns.count)[0]
            context.console.line("prediction \(NumberFormat.fixed4(Double(value)))")
            return
        }
        let probabilities = try self.probabilities(session, model, raw: values, width: columns.count)[0]
        let best = bestClass(probabilities)
        let parts = probabilities.enumerated().map { "p\($0.offset) \(NumberFormat.fixed4(Double($0.element)))" }
        let names = session.classNames(for: model)
        context.console.line("class \(names[safe: best] ?? String(best))  " + parts.joined(separator: "  "))
    }

    /// Class probabilities per row: p1 = output and p0 = 1 − p1 for one sigmoid unit.
    static func probabilities(_ session: Session, _ model: ModelState, raw: [Double], width: Int) throws -> [[Float]] {
        try outputs(session, model, raw: raw, width: width).nested.map { row in row.count == 1 ? [1 - row[0], row[0]] : row }
    }

    /// A regression model's predicted value per row (its single output).
    static func predictions(_ session: Session, _ model: ModelState, raw: [Double], width: Int) throws -> [Float] {
        try outputs(session, model, raw: raw, width: width).values
    }

    /// The network's outputs for raw rows, rows × outputs.
    private static func outputs(_ session: Session, _ model: ModelState, raw: [Double], width: Int) throws -> Matrix<Float> {
        let inputs = try session.networkInputs(raw: raw, width: width)
        guard inputs.columns == model.network.inputWidth else {
            throw Diagnostic("the network takes \(model.network.inputWidth) inputs but the features give \(inputs.columns): set the features it was trained with ('features ...') or define a new network with 'net'")
        }
        return model.network.floatOutputs(inputs)
    }

    /// `header` followed by `names`, each new name that `header` already has written as
    /// `predicted_NAME` (prefixed again while it still clashes), so no name appears twice.
    static func outputHeader(_ header: [String], adding names: [String]) -> [String] {
        var result = header
        for name in names {
            var unique = name
            while result.contains(unique) { unique = "predicted_" + unique }
            result.append(unique)
        }
        return result
    }

    static func bestClass(_ probabilities: [Float]) -> Int {
        var best = 0
        for index in probabilities.indices where probabilities[index] > probabilities[best] { best = index }
        return best
    }

    private static func predictFile(_ session: Session, _ model: ModelState, _ invocation: Invocation,
                                    _ context: Context) throws {
        let input = invocation.arguments[0].text
        let output = invocation.arguments[1].text
        let text = try FileAccess.read(context.resolve(input), shown: input)
        let table: CSVTable
        do {
            table = try CSVTable.parse(text)
        } catch let error as DataError {
            throw Diagnostic(error.located(in: TextSafety.shown(input)))
        }
        let columns = session.inputColumns
        let positions = try columns.map { name in
            guard let index = table.header.firstIndex(of: name)
                ?? table.header.firstIndex(where: { $0.trimmingSpaces == name }) else {
                throw invocation.error("\(input) has no column '\(name)' (the inputs are \(columns.joined(separator: ", ")))", at: 0)
            }
            return index
        }
        var raw: [Double] = []
        raw.reserveCapacity(table.rows.count * columns.count)
        for (rowIndex, row) in table.rows.enumerated() {
            for (column, position) in zip(columns, positions) {
                guard let value = Double(row[position].trimmingSpaces), value.isFinite else {
                    throw invocation.error("\(TextSafety.shown(input)):\(table.lines[rowIndex]): '\(TextSafety.shown(row[position]))' in column \(TextSafety.shown(column)) is not a number", at: 0)
                }
                guard abs(value) <= Double(Float.greatestFiniteMagnitude) else {
                    throw invocation.error("\(TextSafety.shown(input)):\(table.lines[rowIndex]): \(TextSafety.shown(row[position])) in column \(TextSafety.shown(column)) is beyond the 32-bit range (±3.4e38) the network computes in; scale the column down", at: 0)
                }
                raw.append(value)
            }
        }
        if model.isRegression {
            let values = try predictions(session, model, raw: raw, width: columns.count)
            let rows = zip(table.rows, values).map { row, value in row + ["\(value)"] }
            try FileAccess.write(CSVTable(header: outputHeader(table.header, adding: ["prediction"]), rows: rows).formatted(),
                                 to: context.resolve(output), shown: output)
            context.console.line("wrote \(rows.count) predictions to \(output)")
            return
        }
        let probabilities = try self.probabilities(session, model, raw: raw, width: columns.count)
        let names = session.classNames(for: model)
        let classCount = probabilities.first?.count ?? names.count
        let header = PredictCommand.outputHeader(table.header, adding: (0..<classCount).map { "p\($0)" } + ["class"])
        let rows = zip(table.rows, probabilities).map { row, p in
            row + p.map { "\($0)" } + [names[safe: bestClass(p)] ?? String(bestClass(p))]
        }
        try FileAccess.write(CSVTable(header: header, rows: rows).formatted(), to: context.resolve(output), shown: output)
        context.console.line("wrote \(rows.count) predictions to \(output)")
    }
}
