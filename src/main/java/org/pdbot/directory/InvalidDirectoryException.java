package org.pdbot.directory;

/** The office directory file cannot be used; the message says where and why, for the person who edits it. */
public class InvalidDirectoryException extends RuntimeException {

    InvalidDirectoryException(String message) {
        super(message);
    }
}
