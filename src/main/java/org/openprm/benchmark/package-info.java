/**
 * Benchmark support, off unless {@code prm.benchmark.ceiling-endpoints=true}: two endpoints that do
 * the least a request to OpenPRM can do with the database (one plain JDBC insert, one plain read of one
 * row by its primary key) through the application's connection pool, so load tests can report
 * OpenPRM's own figures as ratios to that ceiling. They need no login: never enable them in production.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.openprm.benchmark;
