package org.openprm.identity;

/**
 * Lifecycle of a login: invited (no password yet), active, deactivated.
 */
public enum UserStatus {
	INVITED, ACTIVE, DEACTIVATED
}
