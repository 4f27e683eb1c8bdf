<#--
  possibly-sent-subject.ftl: the subject of the one message a person gets when pdbot cannot tell whether an
  interrupted send reached the server. Same model as possibly-sent.txt.ftl.
-->
[pdbot] Check by hand: was <#if aNumber??>the PD request for ${aNumber}<#else>mail #${outboxId}</#if> sent? (POSSIBLY_SENT)
