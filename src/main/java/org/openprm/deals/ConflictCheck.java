package org.openprm.deals;

import java.util.List;

/**
 * The answer to a conflict check. Vendor staff get the candidates, best first; partners only learn
 * whether a possible conflict exists ({@code candidates} is null for them).
 */
public record ConflictCheck(boolean possibleConflict, List<ConflictCandidate> candidates) {
}
