package org.pdbot.mail.oauth;

/** The OAuth flows pdbot knows; each explains its identity provider's errors its own way. */
enum Flow {
    MICROSOFT("Microsoft"),
    GOOGLE_REFRESH_TOKEN("Google"),
    GOOGLE_SERVICE_ACCOUNT("Google");

    final String company;

    Flow(String company) {
        this.company = company;
    }
}
