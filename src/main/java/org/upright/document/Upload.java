package org.upright.document;

/**
 * A file someone adds with what they say of it; blank fields are read from the file (title, publisher, date) or
 * take their default (private; the state the text is about).
 */
public record Upload(String fileName, byte[] bytes, String visibility, String publisher, String published, String title,
                     String state) {
    public static Upload of(String fileName, byte[] bytes) {
        return new Upload(fileName, bytes, null, null, null, null, null);
    }
}
