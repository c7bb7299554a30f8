// Compiled without -march, so it runs on any x86-64 processor and can say what is missing
// before the code built for x86-64-v3 runs. See include/ProcessorCheck.h.
#include "ProcessorCheck.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#if defined(__x86_64__)
#include <cpuid.h>
#endif

nnb_processor_report nnb_processor_report_here(void) {
    nnb_processor_report report = {0, 0, 0, 0};
#if defined(__x86_64__)
    unsigned a, b, c, d;
    if (__get_cpuid(1, &a, &b, &c, &d)) report.leaf1_ecx = c;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) report.leaf7_ebx = b;
    if (__get_cpuid(0x80000001u, &a, &b, &c, &d)) report.extended_ecx = c;
    if (report.leaf1_ecx & (1u << 27)) {  // OSXSAVE: xgetbv may be used
        unsigned low, high;
        __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
        report.xcr0 = ((uint64_t)high << 32) | low;
    }
#endif
    return report;
}

/// One feature: its name and where cpuid reports it.
typedef struct {
    const char *name;
    int word;  // 0 leaf 1 ECX, 1 leaf 7 EBX, 2 leaf 0x80000001 ECX, 3 XCR0
    unsigned bit;
} feature;

static const feature x86_64_v3[] = {
    {"sse3", 0, 0}, {"ssse3", 0, 9}, {"sse4.1", 0, 19}, {"sse4.2", 0, 20}, {"popcnt", 0, 23},
    {"cx16", 0, 13}, {"lahf", 2, 0},
    {"avx", 0, 28}, {"fma", 0, 12}, {"f16c", 0, 29}, {"movbe", 0, 22}, {"osxsave", 0, 27},
    {"avx2", 1, 5}, {"bmi1", 1, 3}, {"bmi2", 1, 8}, {"lzcnt", 2, 5},
    {"avx state saved by the system", 3, 2},
};

static int has(nnb_processor_report report, feature f) {
    switch (f.word) {
    case 0: return (report.leaf1_ecx >> f.bit) & 1u;
    case 1: return (report.leaf7_ebx >> f.bit) & 1u;
    case 2: return (report.extended_ecx >> f.bit) & 1u;
    default: return (int)((report.xcr0 >> f.bit) & 1u) && (int)((report.xcr0 >> 1) & 1u);
    }
}

int nnb_missing_x86_64_v3(nnb_processor_report report, char *names, size_t size) {
    int count = 0;
    size_t used = 0;
    if (size > 0) names[0] = '\0';
    for (size_t i = 0; i < sizeof x86_64_v3 / sizeof x86_64_v3[0]; i++) {
        if (has(report, x86_64_v3[i])) continue;
        const char *separator = count == 0 ? "" : ", ";
        int written = used < size ? snprintf(names + used, size - used, "%s%s", separator, x86_64_v3[i].name)
                                  : snprintf(NULL, 0, "%s%s", separator, x86_64_v3[i].name);
        if (written > 0) used += (size_t)written;
        count++;
    }
    return count;
}

void nnb_check_processor(void) {
#if defined(__x86_64__) && defined(NNB_NEEDS_X86_64_V3)
    char names[256];
    if (nnb_missing_x86_64_v3(nnb_processor_report_here(), names, sizeof names) == 0) return;
    fprintf(stderr,
            "nnb: this build needs an x86-64-v3 processor (AVX2, FMA, BMI2), and this one lacks: %s\n"
            "nnb: build one for any x86-64 processor from the source: NNB_PORTABLE=1 swift build -c release\n",
            names);
    fflush(stderr);
    _exit(2);
#endif
}

__attribute__((constructor)) static void nnb_check_processor_at_start(void) {
    nnb_check_processor();
}
