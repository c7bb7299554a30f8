/// The metrics of training so far, oldest first, in bounded memory.
///
/// Every epoch is kept up to ``limit`` epochs. Beyond that the history keeps the last
/// ``recentCount`` epochs and an even thinning of the older ones: epochs 1, 1 + s, 1 + 2s, …
/// with the stride s doubling whenever the kept epochs would exceed ``limit``. So a run of any
/// length holds at most `limit + 2 · recentCount` entries, while ``count`` counts every epoch.
public struct History: Equatable, Sendable {
    /// Epochs kept in full before thinning starts.
    public static let limit = 100_000
    /// The latest epochs always kept in full.
    public static let recentCount = 1_000

    /// Kept epochs older than `recent`: every `stride`-th epoch, counting from epoch 1.
    private var older: [EpochMetrics] = []
    /// The latest epochs, all of them; between `recentCount` and `2 · recentCount` once long.
    private var recent: [EpochMetrics] = []
    /// The thinning of `older`: 1 until the history outgrows ``limit``, then a power of two.
    public private(set) var stride = 1
    /// Epochs trained so far, kept or not.
    public private(set) var count = 0

    /// An empty history.
    public init() {}

    /// The kept epochs, oldest first (every epoch while ``count`` is at most ``limit``).
    public var epochs: [EpochMetrics] { older + recent }

    /// The latest epoch.
    public var last: EpochMetrics? { recent.last ?? older.last }

    /// Whether some epochs were thinned out.
    public var isThinned: Bool { stride > 1 }

    /// Records the next epoch; its `epoch` should be `count + 1`.
    public mutating func append(_ metrics: EpochMetrics) {
        recent.append(metrics)
        count += 1
        guard recent.count > 2 * Self.recentCount else { return }
        let moving = recent.count - Self.recentCount
        older.append(contentsOf: recent[..<moving].filter { ($0.epoch - 1) % stride == 0 })
        recent.removeFirst(moving)
        while older.count + recent.count > Self.limit {
            stride *= 2
            older.removeAll { ($0.epoch - 1) % stride != 0 }
        }
    }

    /// The kept metrics of epoch `epoch`, or nil when that epoch was thinned out.
    public func metrics(epoch: Int) -> EpochMetrics? {
        for part in [recent, older] {
            guard let first = part.first, epoch >= first.epoch else { continue }
            var low = 0
            var high = part.count - 1
            while low <= high {
                let middle = (low + high) / 2
                if part[middle].epoch == epoch { return part[middle] }
                if part[middle].epoch < epoch { low = middle + 1 } else { high = middle - 1 }
            }
            return nil
        }
        return nil
    }
}

/// How a call to `Trainer.train` ended.
public enum TrainingOutcome: Equatable, Sendable {
    /// Every epoch ran.
    case completed
    /// Validation loss stopped improving; the weights of `bestEpoch` were restored.
    case earlyStopped(bestEpoch: Int)
    /// Asked to stop; it did so after the current mini-batch and kept the weights.
    case interrupted
    /// The loss became NaN or infinite at this epoch and batch; the weights and optimizer state
    /// were rolled back to the end of the previous epoch.
    case diverged(epoch: Int, batch: Int)
}

/// The result of one `train` call.
public struct TrainingReport: Equatable, Sendable {
    /// How it ended.
    public var outcome: TrainingOutcome
    /// Epochs recorded in the history by this call.
    public var epochsRun: Int
}
