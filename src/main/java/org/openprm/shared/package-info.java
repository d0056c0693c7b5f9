/**
 * Tiny value types every module uses: paging results, audit change records, the problem types
 * the API answers with, request guards, the business calendar and the detection of uploaded file types.
 * No services live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openprm.shared;
