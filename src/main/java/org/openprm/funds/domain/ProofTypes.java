package org.openprm.funds.domain;

import org.openprm.shared.FileTypes;

/**
 * Which proof and request files funds accept: the types {@link FileTypes} accepts, reported on the field
 * {@code files}.
 */
public final class ProofTypes {

	private ProofTypes() {
	}

	/** The detected media type of an acceptable file; refuses anything else with a field error on {@code files}. */
	public static String check(String fileName, byte[] content) {
		return FileTypes.check("files", "funds.proof", fileName, content);
	}
}
