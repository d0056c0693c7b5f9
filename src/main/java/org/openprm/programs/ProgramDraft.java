package org.openprm.programs;

/**
 * What vendor staff enter to create or change a programme; the key is fixed once created.
 */
public record ProgramDraft(String key, String name, String description, boolean active) {
}
