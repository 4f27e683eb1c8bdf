<#--
  reminder-subject.ftl: the subject of the one reminder sent for an overdue request. Same model as reminder.txt.ftl.
-->
[pdbot] OVERDUE: no decision from OPLA ${request.office} for ${request.aNumber} ${request.name}
