/* shape_lua.c: parley.shape(s), the line-shape measures the boilerplate
 * rule weighs, computed in C (see core/shape.h). */
#include "plb.h"

int plb_l_shape(lua_State *L) {
  return luaL_error(L, "parley.shape is not implemented yet");
}
