package org.pdbot.render;

/** A template could not be rendered; the message names the template and what went wrong, in plain words. */
public class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
