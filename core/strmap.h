/* strmap.h: a small open-addressing hash map from byte strings to ints,
 * used for abbreviation and word sets. Keys are copied. Never calls Lua. */
#ifndef PL_STRMAP_H
#define PL_STRMAP_H

#include <stddef.h>

typedef struct pl_strmap pl_strmap;

pl_strmap *pl_strmap_new(void);
void pl_strmap_free(pl_strmap *m);
/* Insert or overwrite key[0..n) -> value. */
void pl_strmap_put(pl_strmap *m, const char *key, size_t n, int value);
/* The value for key[0..n), or `missing` when absent. */
int pl_strmap_get(const pl_strmap *m, const char *key, size_t n, int missing);
size_t pl_strmap_count(const pl_strmap *m);

#endif
