package org.pdbot.render;

/** A PD request ready to mail: a one-line subject, the plain-text body and the same body as HTML. */
public record RenderedRequest(String subject, String text, String html) {
}
