<#--
  reminder.txt.ftl: the one reminder sent when a request is overdue: no decision within the follow-up
  period, or the next hearing is near and OPLA has not decided.

  Model (strings unless noted):
    reason           why it is overdue, in words
    daysWaiting      number of days since the request was sent
    request          {aNumber, name, office, officeAddress, pdTypes, sentAt, nextHearing (optional), reference, status}
    replies          list of {from, receivedAt, classification}, may be empty
-->
No decision has come from OPLA ${request.office} on the PD request for ${request.name} (${request.aNumber}).

${reason}

Request:       ${request.pdTypes}
Sent:          ${request.sentAt} to ${request.officeAddress} (${daysWaiting} days ago)
Next hearing:  ${request.nextHearing!"none recorded"}
Status:        ${request.status}
Reference:     ${request.reference}

<#list replies>
Mail received in the thread so far:
<#items as r>
  - ${r.receivedAt}  ${r.classification}  from ${r.from}
</#items>
<#else>
Nothing has been received in the thread so far.
</#list>

Consider following up with the office by phone or email, or asking the court for a continuance.
This reminder is sent once per request. This notice was sent automatically by pdbot.
