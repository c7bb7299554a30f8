#ifndef NNB_PROCESSOR_CHECK_H
#define NNB_PROCESSOR_CHECK_H

#include <stddef.h>
#include <stdint.h>

/// What cpuid and xgetbv report about an x86-64 processor: leaf 1 ECX, leaf 7 EBX,
/// leaf 0x80000001 ECX, and XCR0 (the register state the operating system saves).
typedef struct {
    uint32_t leaf1_ecx;
    uint32_t leaf7_ebx;
    uint32_t extended_ecx;
    uint64_t xcr0;
} nnb_processor_report;

/// The report of the processor this runs on (all zero off x86-64).
nnb_processor_report nnb_processor_report_here(void);

/// Writes the x86-64-v3 features (x86-64-v2 included: SSE4.2, POPCNT, ...; then AVX, AVX2, FMA,
/// BMI1, BMI2, F16C, LZCNT, MOVBE, and the AVX register state saved by the system) that `report`
/// lacks into `names`, comma-separated, and returns how many there are.
int nnb_missing_x86_64_v3(nnb_processor_report report, char *names, size_t size);

/// In a release build for x86-64-v3: when this processor lacks any of those features, says so
/// on stderr and exits with status 2. Elsewhere it does nothing. It also runs by itself before
/// `main` (a constructor), so no AVX instruction can run first.
void nnb_check_processor(void);

#endif
