<#--
  draft-subject.ftl: the subject of a draft sent to the attorney for approval. Same model as draft.txt.ftl.
-->
[pdbot] Approve? ${requestSubject} (draft ${version})
