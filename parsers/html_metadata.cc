#include "parsers/html_metadata.h"
