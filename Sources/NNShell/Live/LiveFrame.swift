import NNPlot

/// Text pieces of a live-training frame laid out by ``LiveLayout``: the curves drawn for their
/// placement, the map and the curves side by side, the sparkline row, the status line and the
/// key legend, and the whole frame put together for `LiveRedraw.frame(_:)`.
enum LiveFrame {
    /// The keys, named on the frame's last line.
    static let keyLegendText = "space pause · n step · +/- pace · q stop"
    /// The keys when the full legend does not fit.
    static let shortKeyLegendText = "spc · n · +/- · q"

    /// The key legend that fits in `columns` (the full one, a short one, or nothing).
    static func keyLegend(columns: Int) -> String {
        if keyLegendText.count <= columns { return keyLegendText }
        return shortKeyLegendText.count <= columns ? shortKeyLegendText : ""
    }

    /// Columns `line` takes on the screen: its characters without the CSI escapes (`ESC [ … final`)
    /// it holds. Every character the plots draw (letters, `▀`, `●`, braille) is one column wide.
    static func visibleWidth(_ line: some StringProtocol) -> Int {
        var width = 0
        var inEscape = false, sawBracket = false
        for scalar in line.unicodeScalars {
            if inEscape {
                if !sawBracket {
                    sawBracket = true
                    if scalar != "[" { inEscape = false }
                } else if (0x40...0x7E).contains(scalar.value) {
                    inEscape = false
                }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                sawBracket = false
            } else if scalar.properties.generalCategory != .nonspacingMark, scalar.value >= 0x20 {
                width += 1
            }
        }
        return width
    }

    /// The parts joined two spaces apart, dropping parts from the end until the line fits in
    /// `columns`; a first part alone too long is cut.
    static func statusLine(_ parts: [String], columns: Int) -> String {
        var kept = parts.filter { !$0.isEmpty }
        while kept.count > 1, kept.joined(separator: "  ").count > columns {
            kept.removeLast()
        }
        return String(kept.joined(separator: "  ").prefix(max(0, columns)))
    }

    /// `left`'s lines padded to `width` columns, `gap` spaces, then `right`'s lines; as many
    /// lines as the longer of the two. Colours are reset before the padding.
    static func sideBySide(_ left: String, width: Int, _ right: String, gap: Int) -> String {
        let leftLines = left.split(separator: "\n", omittingEmptySubsequences: false)
        let rightLines = right.split(separator: "\n", omittingEmptySubsequences: false)
        return (0..<max(leftLines.count, rightLines.count)).map { index in
            let line = index < leftLines.count ? String(leftLines[index]) : ""
            let reset = line.contains("\u{1B}") ? TerminalControl.resetAttributes : ""
            let padding = String(repeating: " ", count: max(0, width - visibleWidth(line)) + gap)
            let next = index < rightLines.count ? String(rightLines[index]) : ""
            return line + reset + (next.isEmpty ? "" : padding + next)
        }.joined(separator: "\n")
    }

    /// Bars for `values` (resampled to at most `columns` by averaging), scaled from their
    /// smallest to their largest: `▁▂▃▄▅▆▇█`, or `_.:-=+*#` in plain mode. Non-finite values
    /// show as spaces.
    static func sparkline(_ values: [Double], columns: Int, plain: Bool) -> String {
        let levels: [Character] = plain ? ["_", ".", ":", "-", "=", "+", "*", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        guard columns > 0, !values.isEmpty else { return "" }
        let count = min(columns, values.count)
        let buckets = (0..<count).map { bucket -> Double in
            let slice = values[bucket * values.count / count..<(bucket + 1) * values.count / count].filter(\.isFinite)
            return slice.isEmpty ? .nan : slice.reduce(0, +) / Double(slice.count)
        }
        let finite = buckets.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return String(repeating: " ", count: count) }
        return String(buckets.map { value -> Character in
            guard value.isFinite else { return " " }
            let level = high > low ? Int(((value - low) / (high - low) * Double(levels.count - 1)).rounded()) : 0
            return levels[level]
        })
    }

    /// `loss ▇▅▃▂▁` (and `val_loss ▇▆▄▃▂` beside it when given) in `columns`.
    static func sparklineRow(loss: [Double], validationLoss: [Double]?, columns: Int, plain: Bool) -> String {
        guard let validationLoss else {
            return "loss " + sparkline(loss, columns: columns - 5, plain: plain)
        }
        let half = (columns - 2) / 2
        let left = "loss " + sparkline(loss, columns: half - 5, plain: plain)
        let right = "val_loss " + sparkline(validationLoss, columns: columns - 2 - half - 9, plain: plain)
        return left + String(repeating: " ", count: max(0, half - left.count) + 2) + right
    }

    /// The curves drawn for `placement` (nil for ``LiveLayout/Curves/none``): loss and accuracy
    /// per epoch from `firstEpoch`; empty `accuracy` means a loss panel alone (regression).
    static func curves(_ placement: LiveLayout.Curves, loss: [Double], validationLoss: [Double]?,
                       accuracy: [Double], validationAccuracy: [Double]?, firstEpoch: Int,
                       mode: TerminalStyle.Mode) -> String? {
        let history = HistoryPlot(loss: loss, validationLoss: validationLoss, accuracy: accuracy,
                                  validationAccuracy: validationAccuracy, firstEpoch: firstEpoch)
        switch placement {
        case .none:
            return nil
        case .sparkline(let columns):
            return sparklineRow(loss: loss, validationLoss: validationLoss, columns: columns, plain: mode == .plain)
        case .below(let columns, let chartRows):
            return history.terminalText(TerminalStyle(mode: mode, columns: columns, rows: chartRows))
        case .beside(_, let columns, let chartRows, let panels):
            let style = TerminalStyle(mode: mode, columns: columns, rows: chartRows)
            let lossText = history.loss.terminalText(style)
            guard panels > 1, let accuracyPanel = history.accuracy else { return lossText }
            return lossText + "\n" + accuracyPanel.terminalText(style)
        }
    }

    /// The whole frame: `map` (the boundary drawn at the layout's map size, no title) with
    /// `curves` (from ``curves(_:loss:validationLoss:accuracy:validationAccuracy:firstEpoch:mode:)``)
    /// beside or under it, then `status` cut to the line width and the key legend.
    static func assemble(_ layout: LiveLayout, map: String?, curves: String?, status: String) -> String {
        var lines: [String] = []
        if let map, let shape = layout.map {
            if case .beside(let column, _, _, _) = layout.curves, let curves {
                lines.append(sideBySide(map, width: shape.columns, curves, gap: column - shape.columns))
            } else {
                lines.append(map)
                if let curves { lines.append(curves) }
            }
        }
        lines.append(String(status.prefix(layout.lineColumns)))
        lines.append(keyLegend(columns: layout.lineColumns))
        return lines.joined(separator: "\n")
    }
}
