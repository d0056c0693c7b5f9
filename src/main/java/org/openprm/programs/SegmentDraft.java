package org.openprm.programs;

/**
 * What vendor staff enter to define or redefine a segment.
 */
public record SegmentDraft(String name, String description, SegmentRule rule) {
}
