import NNCore

/// Times the bare training loop of a workload as the peers do: one untimed warm-up epoch on a
/// throw-away copy, then `repeats` full runs from the same starting weights, keeping the fastest.
/// The per-epoch shuffle is inside the timed loop; data generation and the final scoring are not.
func benchTraining(_ workload: Workload, _ kind: OptimizerKind, repeats: Int) throws -> BenchRecord {
    let (train, validation) = try workload.sets()
    let start = try workload.network()
    let learningRate = workload.learningRates[kind] ?? 0.1
    let settings = OptimizerSettings(kind: kind, learningRate: learningRate)

    var warm = Trainer(network: start, optimizer: settings, shuffleSeed: 2)
    let warmup = timed {
        _ = warm.train(train, validation: nil, options: TrainingOptions(epochs: 1, batchSize: workload.batch, measuresEpochs: false))
        _ = warm.evaluate(validation)
    }
    var times: [Double] = []
    var best: Trainer?
    for _ in 0..<max(1, repeats) {
        let (seconds, trainer) = bareRun(workload, train, from: start, settings)
        if seconds < (times.min() ?? .infinity) { best = trainer }
        times.append(seconds)
    }
    let fastest = times.min() ?? 0
    let trainer = best ?? warm
    let valScore = trainer.evaluate(validation)
    let trainScore = trainer.evaluate(train)
    let samplesEpochs = Double(train.count * workload.epochs)
    let steps = Double(workload.epochs * ((train.count + workload.batch - 1) / workload.batch))
    return BenchRecord(
        workload: workload.name, opt: kind.rawValue, seconds: fastest, warmupSeconds: warmup,
        samplesEpochsPerSecond: samplesEpochs / fastest, stepsPerSecond: steps / fastest,
        gflops: workload.flopsPerSample * samplesEpochs / fastest / 1e9,
        validationAccuracy: valScore.accuracy, validationLoss: valScore.loss, trainAccuracy: trainScore.accuracy,
        trainLoss: trainScore.loss, trainCount: train.count, valCount: validation.count,
        epochs: workload.epochs, batch: workload.batch, learningRate: learningRate, repeats: max(1, repeats),
        allSeconds: times)
}

/// One timed run of the bare training loop of `workload` on `train` from `start`: all its
/// epochs, no scoring between them. The seconds, and the trainer as the run left it.
func bareRun(_ workload: Workload, _ train: TrainingSet, from start: Network<Float>,
             _ settings: OptimizerSettings) -> (seconds: Double, trainer: Trainer) {
    var trainer = Trainer(network: start, optimizer: settings, shuffleSeed: 2)
    let options = TrainingOptions(epochs: workload.epochs, batchSize: workload.batch, measuresEpochs: false)
    let seconds = timed { _ = trainer.train(train, validation: nil, options: options) }
    return (seconds, trainer)
}
