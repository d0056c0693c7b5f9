package org.openprm.partners;

import java.util.List;

/**
 * What a partner admin may change on its own organisation's profile. Type, status, parent, tags
 * and custom attributes stay with the vendor.
 */
public record PartnerProfileDraft(String name, String legalName, List<String> domains, List<Address> addresses) {
}
