#include "parsers/text_decoder.h"
