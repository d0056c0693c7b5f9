/**
 * The append-only audit trail: who changed what and when, with before/after values, and every
 * denied access. Vendor admins browse and export it; partner admins see their organisation's entries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity" })
package org.openprm.audit;
