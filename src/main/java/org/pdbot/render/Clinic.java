package org.pdbot.render;

/** The clinic sending requests: its letterhead and signature, from configuration. Address may span lines. */
public record Clinic(String name, String email, String address, String phone) {
}
