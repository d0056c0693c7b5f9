/**
 * Tiny value types every module uses: paging results, audit change records, the problem types
 * the API answers with, and request guards. No services live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openprm.shared;
