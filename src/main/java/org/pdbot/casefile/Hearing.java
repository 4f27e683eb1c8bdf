package org.pdbot.casefile;

import java.time.LocalDate;
import java.time.LocalTime;

/** The next hearing: a date, and when known its time and type (master, individual, bond…). */
public record Hearing(LocalDate date, LocalTime time, String type) {

    public Hearing {
        if (date == null) {
            throw new IllegalArgumentException("a hearing has a date");
        }
    }

    public Hearing withType(String newType) {
        return new Hearing(date, time, newType);
    }
}
