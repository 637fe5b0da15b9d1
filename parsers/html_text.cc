#include "parsers/html_text.h"
