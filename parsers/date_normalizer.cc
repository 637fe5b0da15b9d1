#include "parsers/date_normalizer.h"
