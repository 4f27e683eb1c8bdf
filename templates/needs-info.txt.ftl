<#--
  needs-info.txt.ftl: the reply to a staff member whose case cannot be sent yet. Plain text.
  Keep it minimal: it names fields, never their values, and shows the A-number only masked.

  Model:
    originalSubject   optional, the subject of the staff member's message (only the subject uses it)
    problems          list of strings: what is missing or wrong, in plain words
    aNumberMasked     optional, "A###-###-#78"
    fieldsRead        list of field names pdbot found ("Name", "Court"…), may be empty
    documentCount     number of attachments pdbot kept as supporting documents
-->
Hello,

pdbot could not prepare the PD request from your message yet. Nothing has been sent to OPLA.

What is missing or wrong:
<#list problems as problem>
  - ${problem}
</#list>

What pdbot did read:
<#if aNumberMasked??>
  - A-Number ${aNumberMasked}
</#if>
<#if fieldsRead?has_content>
  - Found: ${fieldsRead?join(", ")}
<#else>
  - no case details
</#if>
  - <#if documentCount == 0>no supporting documents<#elseif documentCount == 1>1 supporting document<#else>${documentCount} supporting documents</#if>

How to fix it:
  Reply to this email, keeping the subject, with one line for each missing or corrected value
  written as "Label: value", for example:

      Date of birth: 01/31/1990
      Next hearing: 03/15/2027 9:00 AM Master

  Or send the whole case again as a new message with everything corrected.

— pdbot
