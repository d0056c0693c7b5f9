package org.openprm.leads.routing;

import java.util.Map;
import java.util.UUID;

/**
 * A partner that passed every filter, with its total score and the weighted components it is made of.
 */
public record ScoredCandidate(UUID partnerId, String partnerName, double score, Map<String, Double> components) {
}
