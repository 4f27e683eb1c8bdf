<#--
  draft.txt.ftl: a draft PD request shown to the attorney (or the sender) before anything reaches OPLA.

  Model (strings unless noted; "optional" may be missing, test with ??):
    version          draft number (number)
    draftReference   the marker an approval must quote ("DRAFT-…"); keep it on its own line
    requestSubject   the subject the mail to OPLA will have
    office           {displayName, pdAddress, code, notes (optional)}
    routing          why this office ("Detention facility 'Krome SPC' is handled by OPLA Miami — Krome (...)")
    compliance       the compliance report, as plain text
    duplicate        optional: {id, status, createdAt, sentAt (optional)} — an earlier request for the same case
    attachments      list of the attached file names (the PDF packet, and documents sent as they are)
    filedAs          optional: the client's name as pdbot filed it ("MENDOZA RUIZ, Carlos") when it split a plain
                     name by default; the attorney confirms or corrects it
    requestText      the letter exactly as the PDF says it (the text OPLA receives)
    notSent          optional: {version, by, on, changes (list), blocking (list)} — an approval that sent
                     nothing because the request made again that day differs from the draft approved
-->
This is a DRAFT. Nothing has been sent to OPLA.
<#if notSent??>

NOT SENT: draft ${notSent.version} was approved by ${notSent.by} on ${notSent.on}, but the request made
again that day is no longer the one that draft showed, so nothing went to OPLA. What changed:
<#list notSent.changes as change>
  - ${change}
</#list>
This draft shows the request as it would be sent now, dated ${notSent.on}.
<#if notSent.blocking?has_content>
It cannot be sent until the blocking findings below are fixed: reply with the corrected lines.
<#else>
Approve this draft to send it.
</#if>
</#if>

To send it, reply to this mail with APPROVE as the first line (keep this mail quoted below your reply).
To stop it, reply with REJECT and the reason as the first line.
To correct it, reply with the corrected lines (for example "Next hearing: 05/04/2027") or attach
another document; pdbot answers with a new draft. Only an approval of the newest draft sends.

<#if duplicate??>
POSSIBLE DUPLICATE: request #${duplicate.id} for the same client and the same PD type was prepared on
${duplicate.createdAt}<#if duplicate.sentAt??> and sent on ${duplicate.sentAt}</#if>; its status is ${duplicate.status}.
Approve this draft only if it is meant as a new request.

</#if>
Goes to:   OPLA ${office.displayName} <${office.pdAddress}>
Why:       ${routing}
Subject:   ${requestSubject}
Attached:  ${attachments?join(", ")}
<#if office.notes??>
Office notes: ${office.notes}
</#if>
<#if filedAs??>
Filed as:  ${filedAs} — pdbot read the family name from the name as written. If it is wrong, reply with
           "Family name:" and "Given names:" lines.
</#if>

COMPLIANCE CHECK
${compliance}

---------------------------------------------------------------------------
${requestText}
---------------------------------------------------------------------------

Draft: ${draftReference}
