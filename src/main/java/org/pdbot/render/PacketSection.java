package org.pdbot.render;

/**
 * A run of pages in a {@link Packet}, bookmarked under {@code title}: "Letter" or "Exhibit 1 – passport.pdf"
 * ("… (continued)" in a part that carries on an exhibit split across parts).
 *
 * @param firstPage 1-based page of the packet (or part) where the section starts
 */
public record PacketSection(String title, int firstPage, int pageCount) {
}
