/**
 * Users, roles, login, API tokens, the current actor and its visibility scope: the one mechanism
 * that decides which partner records a caller may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared :: *")
package org.openprm.identity;
