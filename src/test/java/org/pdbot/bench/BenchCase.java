package org.pdbot.bench;

/**
 * One generated intake mail and where pdbot must send its request.
 *
 * @param aNumber        the case's A-number as written in the mail ("A301-000-042")
 * @param expectedOffice the PD mailbox of the office that handles the case's court or facility
 * @param mime           the mail, byte for byte as it lands in the clinic inbox
 */
record BenchCase(String aNumber, String expectedOffice, byte[] mime) {
}
