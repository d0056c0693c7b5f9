/**
 * The customer-matching engine behind deal conflict detection: normalises a customer description
 * (company name, domains, phone, address), generates blocking keys, finds candidates through a
 * {@link org.openprm.deals.matching.MatchIndex} and scores them with explained reasons.
 * Entry point: {@link org.openprm.deals.matching.CustomerMatcher}.
 */
package org.openprm.deals.matching;
