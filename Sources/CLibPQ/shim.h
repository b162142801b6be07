// libpq, PostgreSQL's C client (Debian: libpq-dev): the PostgreSQL catalog's connection.
#include <libpq-fe.h>
