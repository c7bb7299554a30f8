/// Mini-batch training of a Float network, with per-epoch metrics on both splits.
///
/// An epoch shuffles the training rows with the trainer's own stream, walks them in batches of
/// `batchSize` (the last, partial batch is used, not dropped) and for each batch runs forward,
/// backward and one optimizer update. After the epoch the data loss and accuracy of the whole
/// training and validation splits are recorded in `history`.
///
/// No allocation in the training step: the batch buffers live in one `Workspace` per batch
/// shape, made the first time that shape is seen and reused afterwards; the gradients, the shuffle
/// order and the roll-back copy of the parameters are sized once per `train` call; every step
/// writes into them in place.
public struct Trainer: Sendable {
    /// The network being trained.
    public var network: Network<Float>
    /// The update rule and its state.
    public var optimizer: Optimizer<Float>
    /// Every epoch so far.
    public var history = History()
    /// The stream that orders each epoch's batches.
    public var shuffler: SeededRandom

    private let cache = WorkspaceCache()

    /// A trainer for `network`, shuffling with a stream seeded by `shuffleSeed`.
    public init(network: Network<Float>, optimizer: OptimizerSettings, shuffleSeed: UInt64) {
        self.network = network
        self.optimizer = Optimizer(optimizer)
        self.shuffler = SeededRandom(seed: shuffleSeed)
    }

    /// Runs `options.epochs` epochs over `train`, scoring `validation` after each.
    ///
    /// `shouldStop` is polled between mini-batches; `afterEpoch` hears every epoch's metrics as
    /// they are recorded, with the weights as they stand at that moment
    /// (for pictures drawn during training; it should not keep the network). A NaN or infinite
    /// loss rolls the weights and optimizer state back to the end of the last finite epoch and
    /// returns `.diverged`.
    public mutating func train(_ train: TrainingSet, validation: TrainingSet?, options: TrainingOptions,
                               shouldStop: () -> Bool = { false },
                               afterEpoch: (EpochMetrics, Network<Float>) -> Void = { _, _ in }) -> TrainingReport {
        precondition(train.inputs.columns == network.inputWidth, "training inputs do not fit the network")
        guard train.count > 0, options.epochs > 0 else { return TrainingReport(outcome: .completed, epochsRun: 0) }
        let batchSize = max(1, min(options.batchSize, train.count))
        let targets = train.targets(outputs: network.outputWidth)
        let scored = Scored(train: train, trainTargets: targets, validation: validation,
                            validationTargets: validation?.targets(outputs: network.outputWidth))
        var order = Array(0..<train.count)
        var gradients = Gradients(zeroFor: network)
        var lastGood = ParameterCopy(network: network, optimizer: optimizer)
        var best: (epoch: Int, loss: Double, copy: ParameterCopy)?
        var waited = 0
        var run = 0
        let fullBatch = cache.workspace(for: network, batch: batchSize)
        let lastBatch = cache.workspace(for: network, batch: train.count % batchSize == 0 ? batchSize : train.count % batchSize)
        for _ in 0..<options.epochs {
            lastGood.store(network: network, optimizer: optimizer)
            shuffler.shuffle(&order)
            var start = 0
            var batch = 0
            while start < train.count {
                if shouldStop() {
                    if batch > 0 && options.measuresEpochs { run += record(scored, afterEpoch) }
                    return TrainingReport(outcome: .interrupted, epochsRun: run)
                }
                let end = min(start + batchSize, train.count)
                let workspace = end - start == batchSize ? fullBatch : lastBatch
                workspace.input.gatherRows(of: train.inputs, order[start..<end])
                workspace.targets.gatherRows(of: targets, order[start..<end])
                network.forward(workspace)
                guard network.outputIsFinite(workspace) else {
                    lastGood.restore(network: &network, optimizer: &optimizer)
                    return TrainingReport(outcome: .diverged(epoch: history.count + 1, batch: batch + 1), epochsRun: run)
                }
                network.backward(workspace, regularization: options.regularization, into: &gradients)
                optimizer.update(&network, with: gradients)
                start = end
                batch += 1
            }
            guard options.measuresEpochs else { continue }
            let metrics = measure(scored)
            guard metrics.loss.isFinite, metrics.validationLoss?.isFinite ?? true else {
                lastGood.restore(network: &network, optimizer: &optimizer)
                return TrainingReport(outcome: .diverged(epoch: metrics.epoch, batch: batch), epochsRun: run)
            }
            history.append(metrics)
            run += 1
            afterEpoch(metrics, network)
            if let patience = options.patience, let validationLoss = metrics.validationLoss {
                if let current = best, validationLoss >= current.loss {
                    waited += 1
                    if waited >= patience {
                        current.copy.restore(network: &network, optimizer: &optimizer)
                        return TrainingReport(outcome: .earlyStopped(bestEpoch: current.epoch), epochsRun: run)
                    }
                } else {
                    if best != nil {
                        best?.copy.store(network: network, optimizer: optimizer)
                        best?.epoch = metrics.epoch
                        best?.loss = validationLoss
                    } else {
                        best = (metrics.epoch, validationLoss, ParameterCopy(network: network, optimizer: optimizer))
                    }
                    waited = 0
                }
            }
        }
        return TrainingReport(outcome: .completed, epochsRun: run)
    }

    private mutating func record(_ scored: Scored, _ afterEpoch: (EpochMetrics, Network<Float>) -> Void) -> Int {
        let metrics = measure(scored)
        history.append(metrics)
        afterEpoch(metrics, network)
        return 1
    }

    /// The sets a run scores after every epoch, with their targets made once for the run.
    private struct Scored {
        let train: TrainingSet
        let trainTargets: Matrix<Float>
        let validation: TrainingSet?
        let validationTargets: Matrix<Float>?
    }

    private func measure(_ scored: Scored) -> EpochMetrics {
        let trainScore = evaluate(scored.train, targets: scored.trainTargets)
        let valScore = scored.validation.flatMap { set in
            scored.validationTargets.flatMap { set.count > 0 ? evaluate(set, targets: $0) : nil }
        }
        return EpochMetrics(epoch: history.count + 1, loss: trainScore.loss, accuracy: trainScore.accuracy,
                            validationLoss: valScore?.loss, validationAccuracy: valScore?.accuracy,
                            r2: trainScore.r2, validationR2: valScore?.r2)
    }

    /// Rows per evaluation pass: small enough that a layer's z and a stay in the first-level cache.
    static let evaluationChunk = 256

    /// Mean data loss and accuracy of the current weights on `set`, in chunks of
    /// `evaluationChunk` rows read in place (no copy of the inputs). For a regression set
    /// (`set.values`) accuracy is 0 and `r2` is set:
    ///
    ///     R² = 1 − Σ(ŷ − y)² / Σ(y − ȳ)²      (ŷ the first output; 1 for a perfect fit, 0 for
    ///                                          predicting the mean; 0 when every y is equal)
    public func evaluate(_ set: TrainingSet) -> (loss: Double, accuracy: Double, r2: Double?) {
        evaluate(set, targets: set.targets(outputs: network.outputWidth))
    }

    /// ``evaluate(_:)`` with the set's targets (`set.targets(outputs:)`) already made.
    private func evaluate(_ set: TrainingSet, targets: Matrix<Float>) -> (loss: Double, accuracy: Double, r2: Double?) {
        guard set.count > 0 else { return (0, 0, set.values == nil ? nil : 0) }
        return set.inputs.values.withUnsafeBufferPointer { inputs in
            targets.values.withUnsafeBufferPointer { targets in
                score(set, inputs: inputs, targets: targets)
            }
        }
    }

    /// ``evaluate(_:)`` of a non-empty set whose inputs and targets are pinned. The output layer
    /// comes from one ``RowLanes`` pass over every row where that gives the chunked pass's bits,
    /// else chunk by chunk through the workspace; the loss is summed per chunk either way.
    private func score(_ set: TrainingSet, inputs: UnsafeBufferPointer<Float>,
                       targets: UnsafeBufferPointer<Float>) -> (loss: Double, accuracy: Double, r2: Double?) {
        let count = set.count
        let outputs = network.outputWidth
        let width = set.inputs.columns
        let last = network.layers.count - 1
        let laneCount = network.runsInLanes(rows: min(Self.evaluationChunk, count)) ? count * outputs : 1
        let laneZ = UnsafeMutablePointer<Float>.allocate(capacity: laneCount)
        let laneA = UnsafeMutablePointer<Float>.allocate(capacity: laneCount)
        defer {
            laneZ.deallocate()
            laneA.deallocate()
        }
        guard let base = inputs.baseAddress, let targetBase = targets.baseAddress else { return (0, 0, nil) }
        let inLanes = network.laneOutputs(rows: count, input: base, chunk: Self.evaluationChunk, z: laneZ, a: laneA)
        var lossSum = 0.0
        var right = 0
        var squaredError = 0.0
        var start = 0
        while start < count {
            let rows = min(Self.evaluationChunk, count - start)
            let z: MatrixView<Float>
            let out: MatrixView<Float>
            if inLanes {
                z = MatrixView(base: laneZ + start * outputs, rows: rows, columns: outputs)
                out = MatrixView(base: laneA + start * outputs, rows: rows, columns: outputs)
            } else {
                let workspace = cache.workspace(for: network, batch: rows)
                network.forward(workspace, input: MatrixView(base: UnsafeMutablePointer(mutating: base + start * width),
                                                             rows: rows, columns: width))
                z = workspace.z[last]
                out = workspace.output
            }
            let chunkTargets = MatrixView(base: UnsafeMutablePointer(mutating: targetBase + start * outputs),
                                          rows: rows, columns: outputs)
            lossSum += Double(network.loss.value(z: z, a: out, targets: chunkTargets)) * Double(rows)
            if let values = set.values {
                for r in 0..<rows {
                    let residual = Double(out.base[r * outputs]) - Double(values[start + r])
                    squaredError += residual * residual
                }
            } else {
                for r in 0..<rows
                where Metrics.predictedClass(out.base + r * outputs, width: outputs) == set.labels[start + r] {
                    right += 1
                }
            }
            start += rows
        }
        let r2 = set.values.map { Metrics.determination(squaredError: squaredError, targets: $0) }
        return (lossSum / Double(count), Double(right) / Double(count), r2)
    }
}

/// Workspaces by batch size for one network shape; rebuilt when the shape changes.
final class WorkspaceCache: @unchecked Sendable {
    private var sizes: [Int] = []
    private var byBatch: [Int: Workspace<Float>] = [:]

    func workspace(for network: Network<Float>, batch: Int) -> Workspace<Float> {
        if !fits(network) {
            sizes = network.sizes
            byBatch = [:]
        }
        if let existing = byBatch[batch] { return existing }
        let made = Workspace(for: network, batch: batch)
        byBatch[batch] = made
        return made
    }

    /// Whether the cached buffers are for `network`'s layer sizes (checked without allocating).
    private func fits(_ network: Network<Float>) -> Bool {
        guard sizes.count == network.layers.count + 1, sizes.first == network.inputWidth else { return false }
        for (index, layer) in network.layers.enumerated() where sizes[index + 1] != layer.outputs { return false }
        return true
    }
}
