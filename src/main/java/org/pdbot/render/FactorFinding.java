package org.pdbot.render;

import java.util.List;

/** The sentences of a request's reasons that speak to one factor, in the order they were written. */
public record FactorFinding(Factor factor, List<String> sentences) {

    public FactorFinding {
        sentences = List.copyOf(sentences);
    }
}
