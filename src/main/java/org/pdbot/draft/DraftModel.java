package org.pdbot.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdbot.check.ComplianceReport;
import org.pdbot.directory.Office;

/** The model of {@code draft.txt.ftl} and {@code draft-subject.ftl}, the same for a real draft and a preview. */
final class DraftModel {

    private DraftModel() {
    }

    static Map<String, Object> of(int version, String draftReference, String requestSubject, Office office,
                                  String routing, ComplianceReport report, List<String> attachments, String requestText) {
        Map<String, Object> model = new HashMap<>();
        model.put("version", version);
        model.put("draftReference", draftReference);
        model.put("requestSubject", requestSubject);
        Map<String, Object> officeModel = new HashMap<>();
        officeModel.put("displayName", office.displayName());
        officeModel.put("pdAddress", office.pdAddress());
        officeModel.put("code", office.code());
        if (office.notes() != null && !office.notes().isBlank()) {
            officeModel.put("notes", office.notes().strip());
        }
        model.put("office", officeModel);
        model.put("routing", routing);
        model.put("compliance", report.describe());
        model.put("attachments", attachments);
        model.put("requestText", requestText);
        return model;
    }
}
