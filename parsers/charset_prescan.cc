#include "parsers/charset_prescan.h"
