extension LabeledData {
    /// Reorders the rows in place: row k becomes the former row `order[k]`, as
    /// `subset(order)` would give them, holding only one extra row while moving them.
    ///
    /// - Precondition: `order` is a permutation of `0..<rows`.
    mutating func reorderRows(_ order: [Int]) {
        precondition(order.count == rows, "LabeledData.reorderRows: \(order.count) indices for \(rows) rows")
        let width = self.width
        var placed = Array(repeating: false, count: rows)
        var held = Array(repeating: 0.0, count: width)
        inputs.withUnsafeMutableBufferPointer { values in
            held.withUnsafeMutableBufferPointer { spare in
                guard let values = values.baseAddress, let spare = spare.baseAddress else { return }
                // Each cycle k → order[k] → order[order[k]] … moves its rows one step along,
                // with the cycle's first row held aside until its last place is free.
                for start in 0..<placed.count where !placed[start] {
                    spare.update(from: values + start * width, count: width)
                    var row = start
                    while true {
                        placed[row] = true
                        let source = order[row]
                        if source == start {
                            (values + row * width).update(from: spare, count: width)
                            break
                        }
                        precondition(!placed[source], "LabeledData.reorderRows: not a permutation")
                        (values + row * width).update(from: values + source * width, count: width)
                        row = source
                    }
                }
            }
        }
        labels = order.map { labels[$0] }
        if let targets {
            self.targets = order.map { targets[$0] }
        }
    }

    /// Removes the rows from `start` on and returns them as a data set of their own (columns and
    /// classes unchanged).
    ///
    /// - Precondition: `start` is in `0...rows`.
    mutating func removeRows(from start: Int) -> LabeledData {
        precondition(start >= 0 && start <= rows, "LabeledData.removeRows: row \(start) of \(rows)")
        var removed = self
        removed.inputs = Array(inputs[(start * width)...])
        removed.labels = Array(labels[start...])
        removed.targets = targets.map { Array($0[start...]) }
        inputs.removeSubrange((start * width)...)
        labels.removeSubrange(start...)
        targets?.removeSubrange(start...)
        return removed
    }
}
