/// Where the parts of the live-training picture go on a terminal of a given size.
///
/// From top to bottom: the boundary map (``Map``: its rows, then one row of x-axis labels and
/// the class legend; drawn without a title, since the metrics line carries the numbers), the
/// curves (``Curves``: beside the map, below it, or a one-row sparkline), the metrics line and
/// the one-line key legend. No line is wider than `columns − 1` (a character in the last column
/// would leave the cursor waiting to wrap, where `ESC[K` erases it), and the frame has at most
/// `rows − 1` lines (the cursor rests on the line below it, and a redraw can only move up over
/// lines still on the screen), so the metrics line and the legend always stay visible.
///
/// The map keeps the data's aspect ratio: a terminal cell is about twice as tall as wide and
/// holds two pixel rows (half blocks), so `r` map rows take `2·aspect·r` columns, plus a gutter
/// of about ``gutterColumns`` for the y labels. Choices, in order:
/// 1. below 80×24: no picture, the metrics line (and the key legend) only;
/// 2. the map as tall as fits (at most ``maximumMapColumns`` wide) with ≥ ``minimumBesideColumns``
///    left beside it: curves beside the map (loss above accuracy when both fit);
/// 3. enough rows left under that map for a curve panel: the curves below it;
/// 4. a map shrunk to at least ``besideShare`` of its rows leaves room beside it: curves beside;
/// 5. otherwise the map one row shorter if need be, with a loss sparkline under it.
struct LiveLayout: Equatable, Sendable {
    /// The boundary map, for `TerminalStyle(mode:columns:rows:)` and a plot with an empty title.
    struct Map: Equatable, Sendable {
        /// Width including the y-label gutter.
        var columns: Int
        /// Map rows (each two pixel rows), without the axis and legend rows under them.
        var rows: Int
        /// Rows of the class legend under the axis row.
        var legendRows: Int

        /// All the rows the map takes: map, axis labels, legend.
        var height: Int { rows + 1 + legendRows }
    }

    /// Where the loss and accuracy curves go.
    enum Curves: Equatable, Sendable {
        /// No curves.
        case none
        /// One row under the map: ``LiveFrame/sparklineRow(loss:validationLoss:columns:plain:)``.
        case sparkline(columns: Int)
        /// `HistoryPlot` (loss and accuracy side by side) under the map, `columns` wide, each
        /// chart `chartRows` rows (`TerminalStyle.rows`) plus title, axis, epochs and legend.
        case below(columns: Int, chartRows: Int)
        /// Right of the map from `column` on (``LiveFrame/sideBySide(_:width:_:gap:)``), `columns`
        /// wide: `panels` curve plots stacked (1: loss; 2: loss above accuracy), each chart
        /// `chartRows` rows plus its four rows of title, axis, epochs and legend.
        case beside(column: Int, columns: Int, chartRows: Int, panels: Int)
    }

    /// Smallest terminal that gets a picture.
    static let minimumColumns = 80
    /// Smallest terminal that gets a picture.
    static let minimumRows = 24
    /// Columns assumed for the map's y labels (`-1.5 ` and the axis name).
    static let gutterColumns = 6
    /// Widest map (wider maps are taller than anyone looks at at once).
    static let maximumMapColumns = 120
    /// Narrowest curve panel beside the map.
    static let minimumBesideColumns = 28
    /// Widest curve panel beside the map.
    static let maximumBesideColumns = 100
    /// Rows of a curve plot besides its chart: title, axis line, epoch labels, legend.
    static let curveChromeRows = 4
    /// Fewest chart rows worth drawing in a curve panel.
    static let minimumChartRows = 3
    /// Most chart rows of a curve panel below the map.
    static let maximumChartRows = 12
    /// The share of its rows the map keeps when shrunk to make room for curves beside it.
    static let besideShare = 0.75
    /// Columns between the map and the curves beside it.
    static let gap = 2

    /// The boundary map; nil when the terminal is too small for a picture.
    var map: Map?
    /// The curves.
    var curves: Curves
    /// Widest line: the metrics line is cut to it, the legend shortened (``LiveFrame/keyLegend(columns:)``).
    var lineColumns: Int
    /// Lines of the whole frame, metrics line and key legend included.
    var frameRows: Int

    /// The layout for a `columns × rows` terminal and data whose plot domain is `aspectRatio`
    /// (width over height; kept within 0.5…2.5 as the boundary plot does). `classNames` and
    /// `hasValidation` size the map's legend (colour mode; `plain` for the plain-text legend).
    init(columns: Int, rows: Int, aspectRatio: Double, hasValidation: Bool,
         classNames: [String] = ["class 0", "class 1"], plain: Bool = false) {
        lineColumns = max(1, columns - 1)
        let textRows = 2
        guard columns >= Self.minimumColumns, rows >= Self.minimumRows else {
            self.map = nil
            curves = .none
            frameRows = min(textRows, max(1, rows - 1))
            return
        }
        let aspect = min(max(aspectRatio.isFinite ? aspectRatio : 1, 0.5), 2.5)
        let width = lineColumns
        func mapRows(fitting columns: Int) -> Int {
            Int((Double(columns - Self.gutterColumns) / (2 * aspect)).rounded(.down))
        }
        func mapColumns(_ rows: Int) -> Int {
            Self.gutterColumns + Int((2 * aspect * Double(rows)).rounded(.up))
        }
        func sizedMap(_ rows: Int) -> Map {
            let columns = min(mapColumns(rows), width)
            return Map(columns: columns, rows: rows,
                       legendRows: Self.legendRows(classNames, hasValidation: hasValidation, plain: plain, columns: columns))
        }
        // Rows for the map itself, with one legend row assumed (checked below).
        let budget = rows - 1 - textRows - 2
        let full = min(budget, mapRows(fitting: min(width, Self.maximumMapColumns)))
        let shrunk = min(full, mapRows(fitting: width - Self.gap - Self.minimumBesideColumns))
        enum Placement { case beside, below(chartRows: Int), sparkline }
        var chosen: Map
        let placement: Placement
        if width - mapColumns(full) - Self.gap >= Self.minimumBesideColumns {
            (chosen, placement) = (sizedMap(full), .beside)
        } else if budget - full >= Self.curveChromeRows + Self.minimumChartRows {
            let chart = min(budget - full - Self.curveChromeRows, Self.maximumChartRows)
            (chosen, placement) = (sizedMap(full), .below(chartRows: chart))
        } else if Double(shrunk) >= Self.besideShare * Double(full) {
            (chosen, placement) = (sizedMap(shrunk), .beside)
        } else {
            (chosen, placement) = (sizedMap(budget - full >= 1 ? full : full - 1), .sparkline)
        }
        // A legend wrapping onto more rows takes them from the map.
        chosen.rows -= chosen.legendRows - 1
        switch placement {
        case .beside:
            let column = chosen.columns + Self.gap
            let panels = chosen.height >= 2 * (Self.curveChromeRows + Self.minimumChartRows) ? 2 : 1
            curves = .beside(column: column, columns: min(width - column, Self.maximumBesideColumns),
                             chartRows: (chosen.height - panels * Self.curveChromeRows) / panels, panels: panels)
        case .below(let chartRows):
            curves = .below(columns: min(width, Self.maximumMapColumns), chartRows: chartRows)
        case .sparkline:
            curves = .sparkline(columns: min(width, Self.maximumMapColumns))
        }
        self.map = chosen
        frameRows = chosen.height + curves.rowsBelowMap + textRows
    }

    /// Rows the map's legend takes at `columns`, wrapped as `TerminalLegend.grid` wraps it:
    /// entries two spaces apart, each its symbol, a space and its label.
    static func legendRows(_ classNames: [String], hasValidation: Bool, plain: Bool, columns: Int) -> Int {
        var widths: [Int]
        if plain {
            widths = classNames.map { (hasValidation ? 3 : 2) + 1 + $0.count }
            widths += (["lower: region", "capital: train"] + (hasValidation ? ["digit: validation"] : [])).map(\.count)
        } else {
            widths = classNames.map { 2 + $0.count } + (hasValidation ? ["● train", "○ validation"].map(\.count) : [])
        }
        var lines = 1, used = 0
        for width in widths {
            if used > 0 && used + 2 + width > columns {
                lines += 1
                used = 0
            }
            used += (used > 0 ? 2 : 0) + width
        }
        return lines
    }
}

extension LiveLayout.Curves {
    /// Rows the curves add under the map.
    var rowsBelowMap: Int {
        switch self {
        case .none, .beside: 0
        case .sparkline: 1
        case .below(_, let chartRows): chartRows + LiveLayout.curveChromeRows
        }
    }
}
