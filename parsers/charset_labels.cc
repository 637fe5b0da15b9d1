#include "parsers/charset_labels.h"
