<#--
  reply-notice.txt.ftl: the notice sent to the attorney of record (or the clinic inbox) when a reply in a
  request's thread arrives. The reply itself is attached whole, with its headers.

  Model (strings unless noted; "optional" may be missing, test with ??):
    classification   ACKNOWLEDGED, AGREED, DECLINED, MORE_INFO_REQUESTED, AUTO_REPLY, BOUNCE or OTHER
    fromStatus, toStatus   optional: the request's status before and after this reply
    request          {aNumber "A012-345-678", name, office "Atlanta — Stewart", officeAddress, pdTypes,
                      sentAt "11/27/2026 10:15", nextHearing (optional), reference}
    reply            {from, receivedAt, matchedBy, newText (optional, what the replier wrote above the quote)}
    bounce           optional: {failedRecipient (optional), status (optional)}
-->
<#if classification == "BOUNCE">
The PD request for ${request.name} (${request.aNumber}) could not be delivered<#if bounce?? && bounce.failedRecipient??> to ${bounce.failedRecipient}</#if><#if bounce?? && bounce.status??> (status ${bounce.status})</#if>.

Check the office's PD address in config/opla-offices.yaml against ICE's current list, then resend the
request. The delivery report is attached.

<#else>
OPLA ${request.office} answered the PD request for ${request.name} (${request.aNumber}).

pdbot reads the answer as: ${classification?replace("_", " ")}

</#if>
<#if toStatus??>
Status: ${fromStatus!"-"} -> ${toStatus}

</#if>
From:        ${reply.from}
Received:    ${reply.receivedAt}
Matched by:  ${reply.matchedBy}

Request:     ${request.pdTypes}, sent ${request.sentAt} to ${request.officeAddress}
<#if request.nextHearing??>
Next hearing: ${request.nextHearing}
</#if>
Reference:   ${request.reference}
<#if reply.newText?? && classification != "BOUNCE">

Their words:

${reply.newText}
</#if>

The full reply is attached. This notice was sent automatically by pdbot; replies to it are not read.
