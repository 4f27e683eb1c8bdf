<#--
  possibly-sent.txt.ftl: to the attorney of record (or the clinic inbox for mail about no request), once, when a
  send was interrupted (pdbot stopped mid-send) and no evidence settles whether the server accepted it.

  Model: kind (REQUEST, NEEDS_INFO, REPLY_NOTICE ...), messageId, recipients, interruptedAt (ISO time), evidence
  (what pdbot found, in words), resends (how often it was sent again already), outboxId; for a request also
  aNumber, name, officeAddress, reference.
-->
pdbot was stopped while it was sending <#if aNumber??>the PD request for ${name} (${aNumber}) to ${officeAddress}<#else>a ${kind} mail to ${recipients}</#if>,
and it cannot tell whether the mail server accepted it.

What pdbot found: ${evidence}.

Interrupted at: ${interruptedAt}
Message-ID:     ${messageId}
<#if reference??>Reference:      ${reference}
</#if>
Sent again:     ${resends} time(s)

What to do: look in the clinic's Sent folder (or ask the office) for a mail with the Message-ID above.
If it is there, nothing more is needed. If it is not, send it yourself: the complete mail is kept as
outbox mail #${outboxId} in pdbot's data folder (outbox/). pdbot does not send it again on its own, so that
OPLA never gets it twice; ./pdbot status lists it as POSSIBLY_SENT.

This notice was sent automatically by pdbot, once for this mail; replies to it are not read.
