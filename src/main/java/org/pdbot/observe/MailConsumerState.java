package org.pdbot.observe;

import java.lang.reflect.Field;
import org.apache.camel.Consumer;
import org.apache.camel.component.mail.MailConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Camel's mail consumer dropped its connection during the last poll. When it cannot open the folder it
 * logs a warning, disconnects (store and folder set to null) and returns as if the poll worked; that null store
 * is the only trace it leaves. Camel offers no accessor, so the field is read reflectively; should a later Camel
 * rename it, this says "connected" and a one-time warning is logged (InboxPollsTest catches that on upgrade).
 */
final class MailConsumerState {

    private static final Logger log = LoggerFactory.getLogger(MailConsumerState.class);
    private static final Field STORE = storeField();

    private MailConsumerState() {
    }

    static boolean disconnected(Consumer consumer) {
        if (STORE == null || !(consumer instanceof MailConsumer)) {
            return false;
        }
        try {
            return STORE.get(consumer) == null;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    private static Field storeField() {
        try {
            Field f = MailConsumer.class.getDeclaredField("store");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            log.warn("Camel's MailConsumer has no 'store' field any more: a folder that cannot be opened is not"
                    + " detected as a failed poll ({})", e.toString());
            return null;
        }
    }
}
