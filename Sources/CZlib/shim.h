// zlib's deflate, for PNG image data (Debian: zlib1g-dev).
#include <zlib.h>
