package org.pdbot.check;

/** The compliance rules file cannot be used; the message says where and why, for the person who edits it. */
public class InvalidRulesException extends RuntimeException {

    InvalidRulesException(String message) {
        super(message);
    }
}
