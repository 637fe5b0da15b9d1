#include "parsers/html_document.h"
