package org.pdbot.check;

import org.pdbot.casefile.CaseFile;
import org.pdbot.directory.OfficeResolver;
import org.pdbot.directory.Resolution;

/** Routes a case to its office and validates it: the one decision both the bot and {@code pdbot check} make. */
public final class CaseAssessor {

    private final OfficeResolver resolver;
    private final CaseValidator validator = new CaseValidator();

    public CaseAssessor(OfficeResolver resolver) {
        this.resolver = resolver;
    }

    public Assessment assess(CaseFile c) {
        Resolution resolution = resolver.resolve(c.office(), c.facility(), c.court());
        return new Assessment(c, resolution, validator.problems(c, resolution));
    }
}
