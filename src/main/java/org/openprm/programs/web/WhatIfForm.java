package org.openprm.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The what-if form: a partner and its figures as vendor staff want to try them.
 */
public class WhatIfForm {

	@NotNull
	private UUID partnerId;

	private List<@Valid FigureRow> figures = new ArrayList<>();

	public UUID getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public List<FigureRow> getFigures() {
		return figures;
	}

	public void setFigures(List<FigureRow> figures) {
		this.figures = figures;
	}
}
