package org.openprm.partners;

/**
 * The kinds of value a vendor-defined custom attribute holds.
 */
public enum AttributeType {
	TEXT, NUMBER, DATE, CHOICE
}
