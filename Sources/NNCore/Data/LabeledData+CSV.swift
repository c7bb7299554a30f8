import Foundation

extension LabeledData {
    /// The data set in `table`: every column but the label column is a numeric input.
    ///
    /// The label column is `labelColumn` (matched exactly, else ignoring case) or, when nil, the
    /// last column. When every label is an integer the classes are the distinct values sorted
    /// numerically and named by their decimal text ("07" becomes class "7"); otherwise they are
    /// the distinct strings sorted. With `regression` the label column is read as a number to
    /// predict instead (regression data, no classes). Fields are read with surrounding spaces
    /// removed.
    ///
    /// - Throws: `DataError` for a missing or repeated column name, fewer than two columns, no
    ///   rows, an empty label, or an input (or regression target) that is empty or not a finite
    ///   number (naming the line and column).
    public static func fromCSV(_ table: CSVTable, labelColumn: String? = nil, regression: Bool = false) throws -> LabeledData {
        let (names, labelIndex) = try csvHeader(table.header, labelColumn: labelColumn)
        guard !table.rows.isEmpty else { throw noRows }
        let inputColumns = names.indices.filter { $0 != labelIndex }
        var inputs: [Double] = []
        inputs.reserveCapacity(table.rows.count * inputColumns.count)
        var labelTexts: [String] = []
        labelTexts.reserveCapacity(table.rows.count)
        var targets: [Double] = []
        for (r, row) in table.rows.enumerated() {
            let line = r < table.lines.count ? table.lines[r] : r + 2
            guard row.count == names.count else {
                throw CSVTable.raggedRow(line: line, fields: row.count, expected: names.count)
            }
            for j in inputColumns {
                inputs.append(try csvNumber(row[j], line: line, column: names[j]))
            }
            if regression {
                targets.append(try csvNumber(row[labelIndex], line: line, column: names[labelIndex], isTarget: true))
                continue
            }
            labelTexts.append(try csvLabel(row[labelIndex], line: line, column: names[labelIndex]))
        }
        if regression {
            return LabeledData(columns: inputColumns.map { names[$0] }, inputs: inputs, targets: targets)
        }
        let (labels, classes) = classify(labelTexts)
        return LabeledData(columns: inputColumns.map { names[$0] }, inputs: inputs, labels: labels,
                           classes: classes)
    }

    /// The data as a CSV table: `columns…, label` with each number in shortest round-trip form
    /// (Swift's `description`) and the label as its class name (or, for regression data, the
    /// target in the same number form). The label column is called
    /// `label`, or `label2`, `label3`, … when an input column already has that name.
    public func csvTable() -> CSVTable {
        var labelName = "label"
        var suffix = 2
        while columns.contains(labelName) {
            labelName = "label\(suffix)"
            suffix += 1
        }
        let body = (0..<rows).map { i in
            row(i).map { $0.description } + [targets.map { $0[i].description } ?? classes[labels[i]]]
        }
        return CSVTable(header: columns + [labelName], rows: body)
    }

    /// The data as CSV text (`csvTable().formatted()`); parsing it back gives the same values
    /// bit for bit.
    public func csvText() -> String {
        csvTable().formatted()
    }

    /// The column names of a CSV header (spaces around them removed) and the label column's
    /// index, as `fromCSV` reads them.
    ///
    /// - Throws: `DataError` for a name with a control character, a repeated name, a missing
    ///   label column or fewer than two columns.
    static func csvHeader(_ header: [String], labelColumn: String?) throws -> (names: [String], labelIndex: Int) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        if let bad = names.first(where: TextSafety.hasControl) {
            throw DataError(line: 1, "the column name '\(TextSafety.shown(bad))' has a control character; names must be plain text")
        }
        for (j, name) in names.enumerated() {
            if let first = names.firstIndex(of: name), first < j {
                throw DataError("column name '\(name)' appears twice in the header (columns \(first + 1) and \(j + 1)); give each column its own name")
            }
        }
        let labelIndex = try labelColumnIndex(labelColumn, in: names)
        guard names.count >= 2 else {
            throw DataError("the CSV has only the column '\(names.first ?? "")'; it needs at least one input column besides the label column")
        }
        return (names, labelIndex)
    }

    /// The error for a CSV with a header and no rows.
    static let noRows = DataError("the CSV has a header but no data rows; add at least one row of values")

    /// The class name in a label field, spaces around it removed.
    ///
    /// - Throws: `DataError` when it is empty or has a control character.
    static func csvLabel(_ field: String, line: Int, column: String) throws -> String {
        let label = field.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty else {
            throw DataError(line: line, "the label in column '\(TextSafety.shown(column))' is empty; give every row a class")
        }
        guard !TextSafety.hasControl(label) else {
            throw DataError(line: line, "the label '\(TextSafety.shown(label))' has a control character; class names must be plain text")
        }
        return label
    }

    private static func labelColumnIndex(_ wanted: String?, in names: [String]) throws -> Int {
        guard let wanted else { return names.count - 1 }
        let name = wanted.trimmingCharacters(in: .whitespaces)
        if let exact = names.firstIndex(of: name) {
            return exact
        }
        let folded = names.indices.filter { names[$0].caseInsensitiveCompare(name) == .orderedSame }
        if folded.count == 1 {
            return folded[0]
        }
        let hint = suggestionClause(for: name, in: names)
        throw DataError("no column named '\(name)' for the label.\(hint) The columns are \(names.joined(separator: ", "))")
    }

    /// The number in an input field (or, with `isTarget`, a regression target), spaces around
    /// it removed, read by `Double(String)`.
    ///
    /// - Throws: `DataError` when it is empty, not a number, not finite or beyond `Float`'s range.
    static func csvNumber(_ field: String, line: Int, column: String, isTarget: Bool = false) throws -> Double {
        let text = field.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            throw DataError(line: line, "column '\(TextSafety.shown(column))': the value is empty; fill in a number or remove the row")
        }
        guard let value = Double(text) else {
            let rule = isTarget ? "a regression target must be numeric (use task classify for class names)"
                : "inputs must be numeric (text belongs in the label column)"
            throw DataError(line: line, "column '\(TextSafety.shown(column))': '\(TextSafety.shown(text))' is not a number; \(rule)")
        }
        guard value.isFinite else {
            throw DataError(line: line, "column '\(TextSafety.shown(column))': '\(TextSafety.shown(text))' is not a finite number; replace it or remove the row")
        }
        guard abs(value) <= Double(Float.greatestFiniteMagnitude) else {
            throw DataError(line: line, "column '\(TextSafety.shown(column))': \(TextSafety.shown(text)) is beyond the 32-bit range (±3.4e38) the network computes in; scale the column down")
        }
        return value
    }

    /// Class indices and names for label texts: integers sorted numerically, else strings sorted.
    static func classify(_ texts: [String]) -> (labels: [Int], classes: [String]) {
        let integers = texts.compactMap { Int($0) }
        if integers.count == texts.count {
            let values = Set(integers).sorted()
            let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
            return (integers.compactMap { index[$0] }, values.map { String($0) })
        }
        let names = Set(texts).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        return (texts.compactMap { index[$0] }, names)
    }
}
