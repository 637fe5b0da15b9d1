#include "parsers/charset_detector.h"
