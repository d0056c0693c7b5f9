package org.openprm.recruitment;

import java.util.UUID;

/**
 * The reviewer's approval: the programme and starting tier the new partner is enrolled in.
 */
public record Approval(UUID programmeId, UUID tierId) {
}
