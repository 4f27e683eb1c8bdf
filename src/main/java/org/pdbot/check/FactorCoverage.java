package org.pdbot.check;

/**
 * Whether a request speaks to one of OPLA's factors (as listed in {@code config/opla-factors.yaml}).
 *
 * @param addressed      the narrative or the equities speak to it
 * @param inNarrative    a sentence of the reasons or the summary speaks to it
 * @param inEquities     the equities give facts under it
 */
record FactorCoverage(String code, String label, boolean addressed, boolean inNarrative, boolean inEquities) {

    public FactorCoverage(String code, String label, boolean addressed) {
        this(code, label, addressed, addressed, false);
    }
}
