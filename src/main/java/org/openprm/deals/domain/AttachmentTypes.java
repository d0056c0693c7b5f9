package org.openprm.deals.domain;

import org.openprm.shared.FileTypes;

/**
 * Which files a deal may carry: the types {@link FileTypes} accepts, reported on the field {@code file}.
 */
public final class AttachmentTypes {

	private AttachmentTypes() {
	}

	/** The detected media type of an acceptable file; refuses anything else with a field error on {@code file}. */
	public static String check(String fileName, byte[] content) {
		return FileTypes.check("file", "attachment", fileName, content);
	}
}
