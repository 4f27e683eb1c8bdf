package org.pdbot.casefile;

import java.util.List;

/**
 * What an intake email carries before its fields are read: the text of the case (newest case block of a
 * forward or thread, without forward headers, quoted history or signatures), the documents attached to it,
 * already written to files, and what could not be read, in words for a person.
 */
public record MailContent(String caseText, List<SupportingDocument> documents, List<String> problems) {

    public MailContent {
        caseText = caseText == null ? "" : caseText;
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
