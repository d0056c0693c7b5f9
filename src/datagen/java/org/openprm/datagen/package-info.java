/**
 * The benchmark data generator: fills an empty, migrated OpenPRM database with a large, realistic and
 * reproducible data set, using COPY on PostgreSQL, CSV files read by CSVREAD on H2 and JDBC batches
 * elsewhere. Not part of the application: it is compiled only in the {@code datagen} and {@code jmh}
 * Maven profiles.
 *
 * <p>Each module contributes one {@link org.openprm.datagen.GeneratorStep}; {@link org.openprm.datagen.GeneratorSteps}
 * lists them in the order their tables depend on each other.
 */
package org.openprm.datagen;
