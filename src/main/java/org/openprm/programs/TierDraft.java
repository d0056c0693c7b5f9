package org.openprm.programs;

/**
 * What vendor staff enter to add or change a tier; the key is fixed once created.
 */
public record TierDraft(String key, String name, int rank) {
}
