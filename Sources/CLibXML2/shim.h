#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so encoding.h would include ICU's <unicode/ucnv.h>, whose
   types clash with the ICU copy inside Swift's Foundation in any module importing both. Nothing
   here uses libxml2's ICU converters (parts are UTF-8), and the reader API takes no structure
   whose layout depends on them, so the ICU declarations are left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
