package org.openprm.datagen;

/**
 * One module's share of the data set: writes that module's tables. A new module adds one class
 * implementing this and one line in {@link GeneratorSteps}.
 */
public interface GeneratorStep {

	/** What the step fills, for the progress log, e.g. "partners". */
	String name();

	/**
	 * Writes the step's rows through {@code context.loader()}. Randomness must come from
	 * {@code context.random()} (seeded per step), so the data set is the same on every run.
	 */
	void generate(GenerationContext context) throws Exception;
}
