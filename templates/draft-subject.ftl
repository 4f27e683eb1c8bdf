<#--
  draft-subject.ftl: the subject of a draft sent to the attorney for approval. Same model as draft.txt.ftl.
-->
[pdbot] <#if notSent??>NOT SENT, approve again?<#else>Approve?</#if> ${requestSubject} (draft ${version})
