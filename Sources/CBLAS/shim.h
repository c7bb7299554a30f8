// OpenBLAS's C interface: Debian, Ubuntu and Arch install <cblas.h> (libopenblas-dev, openblas);
// Fedora puts it under openblas/ (openblas-devel).
#if __has_include(<openblas/cblas.h>)
#include <openblas/cblas.h>
#else
#include <cblas.h>
#endif
