/**
 * JMH benchmarks of code inside the process, compiled only in the {@code jmh} Maven profile. A new
 * benchmark is one class here with {@code @Benchmark} methods; {@link org.openprm.jmh.BenchmarkApplication}
 * starts OpenPRM on the generated database for benchmarks that need the application. How to run them:
 * docs/benchmarks.md.
 */
package org.openprm.jmh;
