package org.openprm.partners;

import java.util.Map;

/** How many partners the directory holds in each status and of each type, for the vendor's home page. */
public record DirectoryFigures(Map<PartnerStatus, Long> byStatus, Map<PartnerType, Long> byType) {
}
