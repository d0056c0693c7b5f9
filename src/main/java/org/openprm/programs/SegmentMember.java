package org.openprm.programs;

import java.util.UUID;

/**
 * A partner in a segment, as listed in the preview and the member list.
 */
public record SegmentMember(UUID partnerId, String name, String type, String status, String country) {
}
