import Dispatch

/// How many threads nnb's own work may use: the products `SmallProduct` runs (those BLAS does
/// not) and the optimizers' parameter updates. Work is split into parts of whole rows or whole
/// vectors, each computed exactly as one thread would compute it, so the count changes the speed
/// and never a bit of the result.
public enum OwnThreads {
    /// Threads for one product or one update (1: the calling thread only). Set it before
    /// computing, not while another thread computes.
    nonisolated(unsafe) public static var count = 1

    /// Runs `body` over `0..<total` cut into up to `count` consecutive ranges whose ends are
    /// multiples of `unit` (the last excepted), one per thread; a single range on the calling
    /// thread when `count` is 1 or `work` (the caller's measure of the whole job) is below
    /// `minimumWork`, where starting threads would cost more than it saves.
    static func split(_ total: Int, unit: Int, work: Int, minimumWork: Int, _ body: (Range<Int>) -> Void) {
        let units = (total + unit - 1) / unit
        let parts = min(count, units)
        guard parts > 1, work >= minimumWork else {
            body(0..<total)
            return
        }
        withoutActuallyEscaping(body) { body in
            let job = Job(body: body)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let start = min(total, units * part / parts * unit)
                let end = part == parts - 1 ? total : min(total, units * (part + 1) / parts * unit)
                job.body(start..<end)
            }
        }
    }

    /// The body shared by the parts, which write disjoint ranges.
    private struct Job: @unchecked Sendable {
        let body: (Range<Int>) -> Void
    }
}
