package org.pdbot.check;

/** Whether a request's reasons speak to one of OPLA's factors (as listed in {@code config/opla-factors.yaml}). */
public record FactorCoverage(String code, String label, boolean addressed) {
}
