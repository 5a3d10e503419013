/* scripts.c: script sources and loading. Built-in scripts are named
 * "parley:<name>" in messages so a user never looks for them on disk. */
#include "scripts.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>

#include "embedded.h"
#include "readfile.h"

#define DIR_KEY "parley.scripts_dir"
#define SCRIPT_MAX ((size_t)64 << 20)

const char *plb_scripts_dir(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, DIR_KEY);
  const char *dir = lua_tostring(L, -1);
  lua_pop(L, 1);
  return dir; /* anchored by the registry */
}

/* Read a script's source: from the folder or the built-in table. Returns a
 * malloc'd copy or NULL; *chunkname receives "@path" for messages. */
static char *read_script(lua_State *L, const char *name, int is_path, size_t *len,
                         char *chunkname, size_t cap, pl_diag *d) {
  const char *dir = is_path ? NULL : plb_scripts_dir(L);
  if (!is_path && !dir) {
    const plb_embedded_file *f = plb_embedded_find(name);
    if (!f) {
      pl_diag_set(d, PL_ENOENT, name, "no built-in script called %s", name);
      return NULL;
    }
    snprintf(chunkname, cap, "@parley:%s", name);
    *len = f->len;
    return pl_xstrndup(f->data, f->len);
  }
  char path[4096];
  if (is_path) snprintf(path, sizeof path, "%s", name);
  else snprintf(path, sizeof path, "%s/%s", dir, name);
  snprintf(chunkname, cap, "@%s", path);
  char *buf = NULL;
  if (pl_read_file(path, SCRIPT_MAX, &buf, len, d) != PL_OK) return NULL;
  return buf;
}

int plb_scripts_load(lua_State *L, const char *name, int is_path, pl_diag *d) {
  char chunkname[4200];
  size_t len = 0;
  char *src = read_script(L, name, is_path, &len, chunkname, sizeof chunkname, d);
  if (!src) return d ? d->code : PL_ENOENT;
  /* Text only: a precompiled chunk could crash the VM. */
  int st = luaL_loadbufferx(L, src, len, chunkname, "t");
  free(src);
  if (st != LUA_OK) {
    /* Lua's message already starts with file:line; no path to add. */
    pl_diag_set(d, PL_ESCRIPT, NULL, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    return PL_ESCRIPT;
  }
  /* A fresh _ENV falling back to the globals. */
  lua_newtable(L);
  lua_newtable(L);
  lua_pushglobaltable(L);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
  lua_setupvalue(L, -2, 1);
  return PL_OK;
}

static int dotted_to_path(const char *mod, char *out, size_t cap) {
  size_t n = strlen(mod);
  if (n == 0 || n + 5 > cap) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = mod[i];
    if (c == '/' || c == '\\') return 0; /* module names never climb out */
    out[i] = c == '.' ? '/' : c;
  }
  memcpy(out + n, ".lua", 5);
  return 1;
}

static int script_exists(lua_State *L, const char *name) {
  const char *dir = plb_scripts_dir(L);
  if (!dir) return plb_embedded_find(name) != NULL;
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r");
  if (f) fclose(f);
  return f != NULL;
}

/* package.searchers entry: parley's scripts first, then LPeg's re.lua. */
static int searcher(lua_State *L) {
  const char *mod = luaL_checkstring(L, 1);
  char name[1024];
  if (!dotted_to_path(mod, name, sizeof name)) return 0;
  pl_diag d;
  int found_script = script_exists(L, name);
  if (!found_script && !(strcmp(mod, "re") == 0 && plb_embedded_find("re.lua"))) {
    lua_pushfstring(L, "no parley script '%s'", name);
    return 1;
  }
  if (!found_script) {
    const plb_embedded_file *f = plb_embedded_find("re.lua");
    if (luaL_loadbufferx(L, f->data, f->len, "@parley:re.lua", "t") != LUA_OK)
      return lua_error(L);
  } else if (plb_scripts_load(L, name, 0, &d) != PL_OK) {
    return luaL_error(L, "%s", d.msg);
  }
  /* modules share the globals, as with the standard require */
  lua_pushglobaltable(L);
  lua_setupvalue(L, -2, 1);
  lua_pushstring(L, name);
  return 2;
}

void plb_scripts_install(lua_State *L, const char *dir) {
  if (dir) lua_pushstring(L, dir);
  else lua_pushnil(L);
  lua_setfield(L, LUA_REGISTRYINDEX, DIR_KEY);
  lua_getfield(L, LUA_REGISTRYINDEX, "parley.searcher");
  int installed = lua_toboolean(L, -1);
  lua_pop(L, 1);
  if (installed) return;
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "searchers");
  /* after the preload searcher, before the file searchers */
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = n; i >= 2; i--) {
    lua_rawgeti(L, -1, i);
    lua_rawseti(L, -2, i + 1);
  }
  lua_pushcfunction(L, searcher);
  lua_rawseti(L, -2, 2);
  lua_pop(L, 2);
  lua_pushboolean(L, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, "parley.searcher");
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

void plb_scripts_list(lua_State *L, const char *prefix) {
  lua_newtable(L);
  const char *dir = plb_scripts_dir(L);
  size_t plen = strlen(prefix);
  lua_Integer k = 0;
  if (!dir) {
    for (const plb_embedded_file *f = plb_embedded; f->name; f++) {
      if (strncmp(f->name, prefix, plen) != 0 || strchr(f->name + plen, '/')) continue;
      size_t n = strlen(f->name);
      if (n < 4 || strcmp(f->name + n - 4, ".lua") != 0) continue;
      lua_pushstring(L, f->name);
      lua_rawseti(L, -2, ++k);
    }
    return; /* the table is sorted at build time */
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, prefix);
  DIR *dp = opendir(path);
  if (!dp) return;
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(dp)) != NULL) {
    size_t len = strlen(e->d_name);
    if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      names = pl_xrealloc(names, pl_mul_size(cap, sizeof *names));
    }
    names[n++] = pl_xstrdup(e->d_name);
  }
  closedir(dp);
  if (n) qsort(names, n, sizeof *names, by_name);
  for (size_t i = 0; i < n; i++) {
    lua_pushfstring(L, "%s%s", prefix, names[i]);
    lua_rawseti(L, -2, ++k);
    free(names[i]);
  }
  free(names);
}
