/// Collects decision-boundary snapshots while a model trains, for an animated GIF of the
/// boundary taking shape.
///
/// Frame schedule: with `plannedEpochs = E`, a frame every `⌈E / targetFrames⌉` epochs plus
/// epoch 0 (if recorded) and the final epoch `E`, so runs of ≥ 100 epochs give at least 10
/// frames. Whenever more than `maxFrames` (≤ 200) frames are held, every second frame is dropped
/// (the newest is always kept) and the interval doubles, so memory stays bounded however long
/// training runs. Frames store only the probability lattice (`resolution` samples along the
/// longer side) and the summary; pictures are drawn when the GIF is written.
///
///     var recorder = BoundaryAnimation(points: data, classCount: 2, plannedEpochs: 300)
///     for epoch in 1...300 {
///         /* train one epoch */
///         try recorder.recordIfDue(epoch: epoch, summary: stats, isFinal: epoch == 300) { grid in
///             model.predict(grid)
///         }
///     }
///     let gif = try recorder.animation()
public struct BoundaryAnimation: Sendable {
    /// One snapshot.
    public struct Frame: Sendable, Equatable {
        /// Epochs completed when it was taken.
        public let epoch: Int
        /// The numbers shown in its title.
        public let summary: TrainingSummary
        /// The model's probabilities over ``BoundaryAnimation/domain``.
        public let grid: ProbabilityGrid
    }

    /// Data drawn on every frame.
    public let points: [LabeledPoint]
    /// Number of classes.
    public let classCount: Int
    /// Plane region of every frame (fixed so frames line up).
    public let domain: PlotDomain
    /// Lattice samples along the domain's longer side.
    public let resolution: Int
    /// Upper bound on frames held (1…200).
    public let maxFrames: Int
    /// Planned run length, if known.
    public let plannedEpochs: Int?
    /// Title prefix, e.g. the data set's name.
    public var title: String
    /// Epochs between frames; doubles when frames are thinned.
    public private(set) var interval: Int
    /// The snapshots, oldest first.
    public private(set) var frames: [Frame] = []

    /// A recorder for a run over `points`.
    public init(points: [LabeledPoint], classCount: Int, plannedEpochs: Int?, title: String = "",
                resolution: Int = 64, maxFrames: Int = 200, targetFrames: Int = 100) {
        self.points = points
        self.classCount = max(2, classCount)
        domain = PlotDomain(covering: points, margin: 0.1, aspectRatio: BoundaryPlot.defaultAspectRatio)
        self.resolution = max(2, resolution)
        self.maxFrames = min(max(1, maxFrames), 200)
        self.plannedEpochs = plannedEpochs
        self.title = title
        let target = min(max(1, targetFrames), self.maxFrames)
        interval = max(1, ((plannedEpochs ?? 0) + target - 1) / target)
    }

    /// Whether a frame is due after `epoch`: on the interval, at the planned end, or when no
    /// frame exists yet. Cheap; call it before evaluating the model on the lattice.
    public func shouldRecord(epoch: Int) -> Bool {
        frames.isEmpty || epoch % interval == 0 || epoch == plannedEpochs
    }

    /// Evaluates `predict` on the lattice and stores a frame if one is due — or if `isFinal`
    /// (pass it on the run's last epoch, e.g. after early stopping); returns whether it did.
    /// - Throws: ``PlotError/predictionShape(expected:got:)`` or what `predict` throws.
    @discardableResult
    public mutating func recordIfDue(epoch: Int, summary: TrainingSummary, isFinal: Bool = false,
                                     predict: BatchPredictor) throws -> Bool {
        guard isFinal || shouldRecord(epoch: epoch) else { return false }
        try record(ProbabilityGrid(domain: domain, longSide: resolution, classCount: classCount, predict: predict),
                   epoch: epoch, summary: summary)
        return true
    }

    /// Stores a frame (replacing one already held for the same epoch), thinning when over budget.
    public mutating func record(_ grid: ProbabilityGrid, epoch: Int, summary: TrainingSummary) {
        let frame = Frame(epoch: epoch, summary: summary, grid: grid)
        if frames.last?.epoch == epoch {
            frames[frames.count - 1] = frame
        } else {
            frames.append(frame)
        }
        if frames.count > maxFrames, let newest = frames.last {
            var kept = stride(from: 0, to: frames.count, by: 2).map { frames[$0] }
            if kept.last?.epoch != newest.epoch {
                kept.append(newest)
            }
            frames = kept
            interval *= 2
        }
    }

    /// Forgets all frames (for a new run).
    public mutating func reset() {
        frames = []
    }

    /// The still plot of frame `index`.
    public func plot(frame index: Int) -> BoundaryPlot {
        let frame = frames[index]
        let line = frame.summary.line
        let heading = title.isEmpty ? line : (line.isEmpty ? title : title + "  " + line)
        return BoundaryPlot(points: points, classCount: classCount, grid: frame.grid, title: heading)
    }

    /// The still plot of the newest frame, e.g. to redraw live with ``LiveRedraw`` during training.
    public var latestPlot: BoundaryPlot? {
        frames.isEmpty ? nil : plot(frame: frames.count - 1)
    }

    /// Hundredths of a second each of `frames` frames shows, so an animation lasts about four
    /// seconds (30 at most, 4 at least).
    public static func frameDelay(frames: Int) -> Int {
        min(max(400 / max(frames, 1), 4), 30)
    }

    /// The animated GIF: every frame shown `frameDelay` hundredths of a second, the last one
    /// `finalDelay`, looping forever. The palette is fitted to the first, middle and last frames.
    /// - Throws: ``PlotError/empty(_:)`` when nothing was recorded.
    public func animation(width: Int = ImageSize.width, height: Int = ImageSize.height,
                          frameDelay: Int = 8, finalDelay: Int = 200) throws -> [UInt8] {
        guard !frames.isEmpty else { throw PlotError.empty("no boundary frames were recorded") }
        func render(_ index: Int) -> Canvas {
            plot(frame: index).picture(width: width, height: height).rasterized()
        }
        let sampleIndices = Array(Set([0, frames.count / 2, frames.count - 1])).sorted()
        var encoder = GIFEncoder(width: width, height: height, paletteSamples: sampleIndices.map(render))
        for index in frames.indices {
            encoder.addFrame(render(index), delay: index == frames.count - 1 ? finalDelay : frameDelay)
        }
        return encoder.finished()
    }
}
