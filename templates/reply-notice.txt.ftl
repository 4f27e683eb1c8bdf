<#--
  reply-notice.txt.ftl: the notice sent to the attorney of record (or the clinic inbox) when a reply in a
  request's thread arrives. The reply itself is attached whole, with its headers.

  Model (strings unless noted; "optional" may be missing, test with ??):
    classification   ACKNOWLEDGED, AGREED, DECLINED, MORE_INFO_REQUESTED, AUTO_REPLY, BOUNCE or OTHER
    fromStatus, toStatus   optional: the request's status before and after this reply
    request          {aNumber "A012-345-678", name, office "Atlanta — Stewart", officeAddress, pdTypes,
                      sentAt "11/27/2026 10:15", nextHearing (optional), reference}
    reply            {from, receivedAt, matchedBy, newText (optional, what the replier wrote above the quote)}
    bounce           optional, for delivery reports (BOUNCE, DELAYED, DELIVERED): {failedRecipient, status,
                      reason (UNKNOWN_MAILBOX, MAILBOX_FULL, TOO_LARGE, SPAM, POLICY, OTHER), reasonWords,
                      diagnostic (the server's words), maxPacketMb (the office's size limit), copyOnly (a Cc
                      bounced, not the office's address)}, each optional
-->
<#if classification == "BOUNCE" && bounce?? && bounce.copyOnly??>
A copy of the PD request for ${request.name} (${request.aNumber}) could not be delivered to ${bounce.failedRecipient!"a copy address"}<#if bounce.status??> (status ${bounce.status})</#if>.
The request itself went to ${request.officeAddress}; its status is unchanged.

<#elseif classification == "BOUNCE">
The PD request for ${request.name} (${request.aNumber}) could not be delivered<#if bounce?? && bounce.failedRecipient??> to ${bounce.failedRecipient}</#if><#if bounce?? && bounce.status??> (status ${bounce.status})</#if>.
OPLA has NOT received it.
<#if bounce?? && bounce.reasonWords??>

Why: ${bounce.reasonWords}.
</#if>
<#if bounce?? && bounce.diagnostic??>
The server's words: ${bounce.diagnostic}
</#if>

What to do:
<#if bounce?? && bounce.reason?? && bounce.reason == "TOO_LARGE">
  The request with its exhibits was larger than the office's server accepts. pdbot can send it again split
  into several mails, each under the limit<#if bounce.maxPacketMb??> (${bounce.maxPacketMb} MB for this office in config/opla-offices.yaml)</#if>:
  set (or lower) maxPacketMb for this office in config/opla-offices.yaml with oversize: split, then send
  the case to pdbot again; each part names the others. Or send the largest exhibits by another route.
<#elseif bounce?? && bounce.reason?? && bounce.reason == "SPAM">
  The office's server took the request for spam. Try: send it once more later without changes (filters
  often pass a second try); ask the clinic's IT person to check the domain's SPF, DKIM and DMARC records;
  if it fails again, call or fax the office, or send it from an attorney's own government-known address.
<#elseif bounce?? && bounce.reason?? && bounce.reason == "POLICY">
  The office's server refused the request by policy (for example sender authentication, a relay rule, or
  mail only from known senders). Ask the clinic's IT person to check SPF, DKIM and DMARC for the sending
  domain, then send it again; if the office accepts mail only from registered senders, call the office.
<#elseif bounce?? && bounce.reason?? && bounce.reason == "MAILBOX_FULL">
  The office's mailbox is full. Send the request again in a day, or call the office.
<#elseif bounce?? && bounce.reason?? && bounce.reason == "UNKNOWN_MAILBOX">
  The address does not exist. pdbot asked the clinic's admin to check the office entry in
  config/opla-offices.yaml against ICE's current list; send the request again once it is corrected.
<#else>
  Check the office's PD address in config/opla-offices.yaml against ICE's current list, then resend the
  request.
</#if>
The delivery report is attached.

<#elseif classification == "DELAYED">
The PD request for ${request.name} (${request.aNumber}) has not reached OPLA ${request.office} yet: the mail
system reports a delay<#if bounce?? && bounce.failedRecipient??> for ${bounce.failedRecipient}</#if><#if bounce?? && bounce.status??> (status ${bounce.status})</#if> and keeps trying.
Nothing to do now. The request stays SENT; pdbot tells you again only if delivery finally fails.
This is the only notice about delays for this request.

<#elseif classification == "DELIVERED">
The mail system reports that the PD request for ${request.name} (${request.aNumber}) was delivered.

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
<#if reply.newText?? && classification != "BOUNCE" && classification != "DELAYED" && classification != "DELIVERED">

Their words:

${reply.newText}
</#if>

The full reply is attached. This notice was sent automatically by pdbot; replies to it are not read.
