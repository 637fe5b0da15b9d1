#include "parsers/content_sniffer.h"
