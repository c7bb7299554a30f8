import NNCore
import NNPlot

/// Boundary frames taken while `train` runs, for `plot boundary FILE.gif`: one before the first
/// epoch, then one every E/20 epochs (10 to 100 frames for a run of E ≥ 100 epochs, never more
/// than 200 in all), and one of the final weights.
///
/// A frame costs about as much as one epoch of a 500-point set, so a `train 200` of moons
/// spends some 5 % of its time on the recording.
final class BoundaryRecording {
    private let lattice: BoundaryLattice
    private let start: Int
    /// The frames so far.
    private(set) var recorder: BoundaryRecorder

    /// A recording of a run of `epochs` epochs that starts after `start` epochs of history,
    /// with its first frame from `network` as it stands.
    init(lattice: BoundaryLattice, epochs: Int, start: Int, network: Network<Float>, summary: TrainingSummary) {
        self.lattice = lattice
        self.start = start
        recorder = BoundaryRecorder(points: lattice.points, classCount: lattice.classCount, plannedEpochs: epochs,
                                    targetFrames: min(max(epochs / 20, 10), 100))
        record(network, run: 0, summary: summary)
    }

    /// Hears the network after an epoch; takes a frame when one is due.
    func observe(_ metrics: EpochMetrics, _ network: Network<Float>) {
        let run = metrics.epoch - start
        if recorder.shouldRecord(epoch: run) {
            record(network, run: run, summary: TrainingSummary(metrics))
        }
    }

    /// The last frame: the weights the run ends with (after early stopping, the restored best).
    func finish(_ network: Network<Float>, summary: TrainingSummary) {
        record(network, run: (summary.epoch ?? start) - start, summary: summary)
    }

    /// Hundredths of a second each of `frames` frames shows, so an animation lasts about four
    /// seconds (30 at most, 4 at least).
    static func frameDelay(frames: Int) -> Int {
        min(max(400 / max(frames, 1), 4), 30)
    }

    private func record(_ network: Network<Float>, run: Int, summary: TrainingSummary) {
        guard let grid = lattice.grid(network) else { return }
        recorder.record(grid, epoch: run, summary: summary)
    }
}
