#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Only the Ingest module imports this: it wraps libxml2's HTML parser (SAX interface).
// libxml2 built with ICU would pull in ICU's headers, which clash with the copy Foundation
// ships; nothing here uses libxml2's ICU converters (input is transcoded to UTF-8 first).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <strings.h>

#endif
