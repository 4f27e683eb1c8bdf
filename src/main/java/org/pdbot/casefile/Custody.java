package org.pdbot.casefile;

/**
 * What a detained client's request says about release. Any part may be null.
 *
 * @param bondAmount     the bond asked for or set, as written ("$1,500")
 * @param releaseAddress where the client will live if released
 * @param sponsor        who will receive and support the client, in words ("her U.S. citizen sister, Ana Ruiz")
 */
public record Custody(String bondAmount, String releaseAddress, String sponsor) {

    public static final Custody NONE = new Custody(null, null, null);

    public Custody with(Custody fix) {
        return new Custody(or(fix.bondAmount, bondAmount), or(fix.releaseAddress, releaseAddress),
                or(fix.sponsor, sponsor));
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
