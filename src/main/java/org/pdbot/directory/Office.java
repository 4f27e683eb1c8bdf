package org.pdbot.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One OPLA field location or sub-office with its PD mailbox, as listed in {@code config/opla-offices.yaml}.
 *
 * @param code          stable code, e.g. {@code ATL} or {@code ATL-SDC}
 * @param fieldLocation the main field location ("Atlanta")
 * @param subOffice     the sub-office ("Stewart"), null for the main office
 * @param parent        the main office's code for a sub-office, null for a main office
 * @param pdAddress     the PD request address, spelled exactly as ICE publishes it
 * @param courts        immigration courts whose cases this office handles, as people write them
 * @param facilities    detention facilities whose detained dockets this office handles
 * @param aliases       other names people use for the office itself
 * @param subjectFormat this office's own subject format (a FreeMarker template), null for the default
 * @param notes         notes for the clinic, shown with drafts (may be null)
 * @param source        where the address was taken from
 * @param checked       when that source was last checked
 * @param acceptedAttachmentTypes MIME types or extensions this office accepts ({@link AttachmentTypes});
 *                      empty when the office sets none and the default of {@code config/compliance.yaml} applies
 * @param maxPacketMb   this office's size limit for the request's attachments, in MB; null for the default
 * @param oversize      what to do with a packet over the limit; null for the default
 * @param minDaysBeforeHearing warn when the next hearing is fewer days away than this; null for the default
 */
public record Office(
        String code,
        String fieldLocation,
        String subOffice,
        String parent,
        String pdAddress,
        String city,
        String state,
        List<String> courts,
        List<String> facilities,
        List<String> aliases,
        String subjectFormat,
        String notes,
        String source,
        LocalDate checked,
        List<String> acceptedAttachmentTypes,
        Double maxPacketMb,
        Oversize oversize,
        Integer minDaysBeforeHearing) {

    public Office {
        courts = courts == null ? List.of() : List.copyOf(courts);
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        acceptedAttachmentTypes = acceptedAttachmentTypes == null ? List.of()
                : acceptedAttachmentTypes.stream().filter(Objects::nonNull).toList();
    }

    /** "Atlanta" or "Atlanta — Stewart". */
    public String displayName() {
        return subOffice == null ? fieldLocation : fieldLocation + " — " + subOffice;
    }
}
