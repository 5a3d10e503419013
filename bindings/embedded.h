/* embedded.h: the Lua scripts compiled into the binary (scripts/ and
 * LPeg's re.lua), generated at build time by embed_gen.c. */
#ifndef PLB_EMBEDDED_H
#define PLB_EMBEDDED_H

#include <stddef.h>

typedef struct plb_embedded_file {
  const char *name; /* relative to scripts/, e.g. "rules/10_boilerplate.lua"; "re.lua" */
  const char *data;
  size_t len;
} plb_embedded_file;

/* Terminated by an entry whose name is NULL; sorted by name. */
extern const plb_embedded_file plb_embedded[];

/* The embedded file called name, or NULL. */
const plb_embedded_file *plb_embedded_find(const char *name);

#endif
