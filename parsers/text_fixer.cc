#include "parsers/text_fixer.h"
