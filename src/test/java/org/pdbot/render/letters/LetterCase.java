package org.pdbot.render.letters;

import org.pdbot.casefile.CaseFile;
import org.pdbot.directory.Office;

/**
 * One case of the letter corpus: what a clinic would send, and what its letter must say.
 *
 * @param id          short name, used for the files written under target/letters
 * @param office      where it goes
 * @param filedAs     the name the RE block must show ("MENDOZA RUIZ, Carlos")
 * @param prose       the name the letter's sentences use ("Carlos Mendoza Ruiz")
 * @param reliefWords what the request paragraph must say of the relief, in this order (parts separated by " … ")
 */
public record LetterCase(String id, CaseFile caseFile, Office office, String filedAs, String prose,
                         String reliefWords) {
}
