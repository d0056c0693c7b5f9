package org.openprm.identity;

/**
 * A partner person's job, which later drives training curricula and tier requirements.
 */
public enum JobRole {
	SALES, MARKETING, TECHNICAL, EXECUTIVE
}
