package org.openprm.deals;

import java.util.regex.Pattern;

/**
 * File names as uploaders send them are untrusted: browsers may add a path, clients anything. What is
 * kept is the last path segment without control characters, at most 255 characters, extension intact.
 */
final class FileNames {

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"<>|:*?]");

	private FileNames() {
	}

	static String clean(String submitted) {
		String name = submitted == null ? "" : submitted;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = UNSAFE.matcher(name).replaceAll("_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isEmpty()) {
			name = "file";
		}
		if (name.length() > 255) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, 255 - extension.length()) + extension;
		}
		return name;
	}
}
