package org.pdbot.mail;

import java.util.Locale;

/** How pdbot talks to a mail server: {@code tls} (implicit TLS), {@code starttls}, or {@code none} (loopback only). */
enum MailSecurity {
    TLS, STARTTLS, NONE;

    public static MailSecurity parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pdbot.mail.security must be tls, starttls or none, not '" + value + "'");
        }
    }
}
