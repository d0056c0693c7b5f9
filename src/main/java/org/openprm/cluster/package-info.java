/**
 * What lets several OpenPRM nodes on one database behave as one system: each node's id, scheduled
 * jobs that run once per period across all nodes (ShedLock) with a record of every run, the
 * resubmission of module events whose handling was abandoned, and start-up work done by one node at
 * a time.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.openprm.cluster;
