/**
 * Partner programmes: programmes with ranked tiers, the enrolment of partners in them (one tier per
 * programme), and tier compliance. Use cases: {@link org.openprm.programs.ProgramManagement} (catalogue and
 * enrolment) and {@link org.openprm.programs.ProgramCatalogue} (vendor staff design programmes and tiers).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity", "partners", "cluster",
		"notifications" })
package org.openprm.programs;
