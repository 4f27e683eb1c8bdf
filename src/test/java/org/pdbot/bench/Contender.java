package org.pdbot.bench;

import java.util.List;

/** One way of taking the cases from the clinic inbox to their destination, measured under the same load. */
interface Contender extends AutoCloseable {

    /** "raw", "camel" or "pdbot". */
    String name();

    /**
     * Takes every case now waiting in the clinic inbox to its destination.
     *
     * @return the {@link System#nanoTime()} at which the last one was seen delivered
     */
    long drain(List<BenchCase> cases) throws Exception;

    /**
     * Checks what the last drain delivered, after the clock stopped.
     *
     * @throws IllegalStateException saying what is missing, extra or misrouted
     */
    void verify(List<BenchCase> cases);

    @Override
    void close();
}
