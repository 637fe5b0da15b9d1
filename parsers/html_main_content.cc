#include "parsers/html_main_content.h"
