<#--
  directory-warning-subject.ftl: the subject of the mail to the clinic's admin (pdbot.admin.email) when a
  request bounced because the office's PD address does not exist. Same model as directory-warning.txt.ftl.
-->
[pdbot] Check the office directory: ${request.officeAddress} does not exist (${officeCode})
