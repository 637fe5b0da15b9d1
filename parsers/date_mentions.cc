#include "parsers/date_mentions.h"
