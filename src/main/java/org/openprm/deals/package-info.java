/**
 * Deal registration: partners register the opportunities they work on, vendor staff approve them and
 * protect them for a period, and conflicts with other partners' registrations, the vendor's direct
 * accounts and opportunities and named accounts are detected and explained ({@code deals.matching}).
 * Use cases: {@link org.openprm.deals.DealManagement}, {@link org.openprm.deals.CustomerAccounts},
 * {@link org.openprm.deals.ProductCatalogue}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity", "partners", "programs", "cluster",
		"notifications", "recruitment" })
package org.openprm.deals;
