package org.upright.common;

/**
 * Something a person typed or asked that cannot be done as asked, with a message saying what was wrong and what
 * to do: the web answers 400 with it, the command line prints it and exits 2. Features subclass it for their own.
 */
public class UserMistake extends RuntimeException {
    public UserMistake(String message) {
        super(message);
    }
}
