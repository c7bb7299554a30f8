#if !canImport(Accelerate)
import CBLAS
#endif

/// The number of threads the BLAS library may use for one matrix product.
public enum BLASThreads {
    /// Sets the thread count (OpenBLAS); Accelerate chooses its own.
    public static func set(_ count: Int) {
        #if !canImport(Accelerate)
        openblas_set_num_threads(Int32(max(1, count)))
        #endif
    }
}
