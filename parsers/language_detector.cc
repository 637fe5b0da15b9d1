#include "parsers/language_detector.h"
