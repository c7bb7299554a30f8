/// # NNPlot — pictures from plain numbers
///
/// NNPlot draws what a two-input network learned: decision boundaries, training curves and
/// hidden-unit maps, for the terminal (truecolor, 256 colours or plain ASCII) and for files
/// (PNG, SVG, animated GIF). It takes plain arrays and closures and never imports NNCore; a
/// model enters only as a batch closure `([Double] n×2) -> [Double] n×K`, so it can evaluate
/// a whole grid with one matrix product.
///
/// ## Figures, one per `plot` command
///
/// | command                 | figure                                                        |
/// |-------------------------|---------------------------------------------------------------|
/// | `plot boundary`         | ``boundary(points:classCount:summary:title:resolution:predict:)`` |
/// | `plot data`             | ``data(points:classCount:title:)``                            |
/// | `plot loss`             | ``loss(train:validation:)``                                   |
/// | `plot accuracy`         | ``accuracy(train:validation:)``                               |
/// | `plot history`          | ``history(loss:validationLoss:accuracy:validationAccuracy:)`` |
/// | `plot neurons [LAYER]`  | ``neurons(title:points:unitCount:activations:)``              |
///
/// Every figure conforms to ``Figure``: `terminalText(_:)` for the screen, `picture(width:height:)`
/// for images; ``fileBytes(for:path:width:height:)`` picks PNG or SVG by extension (default
/// 640×480; a still `.gif` has one frame).
///
/// ## Live drawing and animation during `train`
///
/// - ``LiveRedraw`` rewrites a multi-line terminal frame in place (cursor up, overwrite,
///   clear the rest); ``TerminalControl`` has the raw escapes.
/// - ``BoundaryAnimation`` keeps boundary snapshots every few epochs (≥ 10 frames for runs of
///   ≥ 100 epochs, never more than 200) and writes them as a looping GIF with `animation()`.
///
/// ## Example
///
///     let plot = try Plot.boundary(points: points, classCount: 2, summary: stats) { grid in
///         try model.probabilities(grid)          // n×2 in, n×2 out
///     }
///     print(plot.terminalText(TerminalStyle(mode: .truecolor, columns: 80)))
///     let bytes = try Plot.fileBytes(for: plot, path: "boundary.png")
///
/// ## Look
///
/// Class 0 is a warm orange and class 1 a blue, as in TensorFlow Playground; further classes
/// get distinct hues (``ColorMap``). Regions shade from white (unsure) to their class colour
/// (confident) with a dark line on the decision boundary; training points are filled discs,
/// validation points rings. Text in images uses a built-in 5×9 bitmap font (``Canvas/drawText``).
public enum Plot {
    /// Format version of the pictures, written into SVG metadata; bumped when the look changes.
    public static let version = 1

    /// `plot boundary`: the model's class probabilities over the data's bounding box (plus a
    /// margin), the points on top and `summary` (epoch, loss, val_loss, acc, val_acc) as title,
    /// after `title` when given. `predict` is called once, on `resolution` samples along the
    /// longer side of the plane (fewer along the other).
    /// - Throws: ``PlotError/predictionShape(expected:got:)`` or what `predict` throws.
    public static func boundary(points: [LabeledPoint], classCount: Int, summary: TrainingSummary, title: String = "",
                                resolution: Int = 100, predict: BatchPredictor) throws -> BoundaryPlot {
        let heading = [title, summary.line].filter { !$0.isEmpty }.joined(separator: "  ")
        return try BoundaryPlot(points: points, classCount: classCount, title: heading, resolution: resolution, predict: predict)
    }

    /// `plot data`: the points alone.
    public static func data(points: [LabeledPoint], classCount: Int, title: String = "data") -> BoundaryPlot {
        BoundaryPlot(points: points, classCount: classCount, grid: nil, title: title)
    }

    /// `plot loss`: training and (optional) validation loss per epoch.
    public static func loss(train: [Double], validation: [Double]? = nil) -> CurvePlot {
        .loss(train: train, validation: validation)
    }

    /// `plot accuracy`: training and (optional) validation accuracy per epoch.
    public static func accuracy(train: [Double], validation: [Double]? = nil) -> CurvePlot {
        .accuracy(train: train, validation: validation)
    }

    /// `plot history`: loss and accuracy side by side (loss alone without accuracy).
    public static func history(loss: [Double], validationLoss: [Double]? = nil, accuracy: [Double]? = nil,
                               validationAccuracy: [Double]? = nil) -> HistoryPlot {
        HistoryPlot(loss: loss, validationLoss: validationLoss, accuracy: accuracy, validationAccuracy: validationAccuracy)
    }

    /// `plot neurons [LAYER]`: one activation map per unit of a hidden layer.
    /// - Parameter activations: `n×2` points in, `n×unitCount` activations out.
    /// - Throws: ``PlotError/predictionShape(expected:got:)`` or what `activations` throws.
    public static func neurons(title: String, points: [LabeledPoint], unitCount: Int,
                               activations: BatchPredictor) throws -> NeuronGrid {
        try NeuronGrid(title: title, points: points, unitCount: unitCount, activations: activations)
    }

    /// The bytes of `figure` for the file at `path`, by extension: `.png`, `.svg`, or `.gif`
    /// (one frame; use ``BoundaryAnimation/animation(width:height:frameDelay:finalDelay:)`` for the
    /// boundary animation). The caller writes them atomically.
    /// - Throws: ``PlotError/unsupportedFormat(_:)`` for other extensions, or encoder errors.
    public static func fileBytes(for figure: any Figure, path: String, width: Int = ImageSize.width,
                                 height: Int = ImageSize.height) throws -> [UInt8] {
        try figure.encoded(as: ImageFormat(path: path), width: width, height: height)
    }
}
