/**
 * Partner organisations (master data): profile, type, distributor hierarchy, locations, tags,
 * vendor-defined custom attributes, lifecycle status, and their people.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity" })
package org.openprm.partners;
