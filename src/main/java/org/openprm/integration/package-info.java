/**
 * How other systems work with OpenPRM: the public REST API's cross-cutting rules, starting with
 * idempotent retries ({@code Idempotency-Key}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity", "cluster" })
package org.openprm.integration;
