#include "parsers/icu_converter.h"
