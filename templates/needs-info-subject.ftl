<#--
  needs-info-subject.ftl: the subject of the reply to a staff member whose case cannot be sent yet.
  pdbot puts the result on one line and cuts it at 250 characters.
  Model: originalSubject (optional) the subject of the staff member's message.
-->
<#if !originalSubject??>Re: your PD case<#elseif originalSubject?lower_case?starts_with("re:")>${originalSubject}<#else>Re: ${originalSubject}</#if>
