/**
 * Deal registration: partners register the opportunities they work on, vendor staff approve them and
 * protect them for a period, and conflicts with other partners' registrations, the vendor's direct
 * accounts and opportunities and named accounts are detected and explained ({@code deals.matching}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *" })
package org.openprm.deals;
