/* scripts.h: where parley's Lua scripts come from (a folder given with
 * --scripts, or the copies built into the binary) and how they are loaded:
 * a require searcher for data.*, lib.*, rules.* modules, and chunks with
 * their own environment. */
#ifndef PLB_SCRIPTS_H
#define PLB_SCRIPTS_H

#include <lua.h>

#include "parley.h"

/* [-0, +0, e] Record the script folder (NULL = built-in copies) in the
 * registry and put a searcher for it first in package.searchers, so
 * require "data.abbreviations" finds data/abbreviations.lua there, and
 * require "re" finds LPeg's re.lua. Installing twice only changes the
 * folder. */
void plb_scripts_install(lua_State *L, const char *dir);

/* [-0, +0, -] The folder recorded by plb_scripts_install, or NULL when the
 * built-in scripts are used. The string lives in the registry. */
const char *plb_scripts_dir(lua_State *L);

/* [-0, +1, m] Push a sorted array of the script names under prefix
 * ("rules/"), e.g. {"rules/10_boilerplate.lua", ...}; only *.lua files in
 * that folder itself, not below it. */
void plb_scripts_list(lua_State *L, const char *prefix);

/* [-0, +1, m] Load a script by name ("rules/10_boilerplate.lua") from the
 * recorded source, or any file by path when is_path is set, as a function
 * whose _ENV is a fresh table that falls back to the globals (so scripts
 * never leak globals into each other). On failure pushes nothing and
 * returns PL_ESCRIPT (syntax error with file:line) or PL_ENOENT in d. */
int plb_scripts_load(lua_State *L, const char *name, int is_path, pl_diag *d);

#endif
