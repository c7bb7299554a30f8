// GitHub's CommonMark implementation with its extensions (Debian: libcmark-gfm-dev and
// libcmark-gfm-extensions-dev; Homebrew: cmark-gfm).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
