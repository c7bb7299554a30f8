import NNCore
import NNPlot

/// Boundary frames taken while `train` runs, for `plot boundary FILE.gif`: one before the first
/// epoch, then on the recorder's schedule (≥ 10 frames for runs of ≥ 100 epochs, ≤ 200 in all),
/// and one of the final weights.
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
        recorder = BoundaryRecorder(points: lattice.points, classCount: lattice.classCount, plannedEpochs: epochs)
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

    private func record(_ network: Network<Float>, run: Int, summary: TrainingSummary) {
        guard let grid = lattice.grid(network) else { return }
        recorder.record(grid, epoch: run, summary: summary)
    }
}
