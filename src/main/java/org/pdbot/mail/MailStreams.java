package org.pdbot.mail;

/**
 * Names Jakarta Mail's stream provider once, for the whole JVM.
 *
 * <p>Jakarta Mail 2.1 looks its {@code StreamProvider} up for every body part it creates, encodes or decodes,
 * and without the system property it does so through {@link java.util.ServiceLoader}, which searches every jar
 * on the class path each time: in pdbot's per-case profile that was a tenth of all CPU, and more than half of
 * reading a case mail and composing the request. With the property set, the look-up is one reflective
 * constructor call. {@code MailComposer} pins it when loaded, which the composition root does at start-up.
 * A provider named by the operator ({@code -Djakarta.mail.util.StreamProvider=...}) is kept;
 * without Angus Mail on the class path nothing is set, as naming a missing class would break every mail.
 */
public final class MailStreams {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {
    }

    /** Sets the provider unless one is already named; harmless to call more than once. */
    public static void pinProvider() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(ANGUS, false, MailStreams.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        System.setProperty(PROPERTY, ANGUS);
    }
}
