package org.openprm.deals;

/**
 * What a weighted forecast is broken down by besides period and currency: the registering partner, the
 * customer's country (the region), the product of each line, or nothing.
 */
public enum ForecastDimension {
	NONE, PARTNER, COUNTRY, PRODUCT
}
