<#--
  reply-notice-subject.ftl: the subject of the notice to the attorney (or the clinic inbox) when OPLA's
  answer to a request arrives, or the request bounced. Same model as reply-notice.txt.ftl.
-->
[pdbot] ${classification?replace("_", " ")}: ${request.aNumber} ${request.name} - OPLA ${request.office}<#if toStatus??> - now ${toStatus}</#if>
