<#--
  request-subject.ftl: the default subject of a PD request. An office's own subjectFormat (in
  config/opla-offices.yaml) replaces this file for that office and gets the same model.
  pdbot puts the result on one line (control characters become spaces) and cuts it at 250 characters.

  Model (strings unless noted; "optional" values may be missing, test them with ??):
    aNumber          "A012-345-678"
    name             the name as given;  nameLastFirst "LOPEZ, Maria";  lastName;  givenNames (optional)
    detained         boolean
    nextHearing      optional: {date "03/15/2027", time (optional) "9:00 AM", type (optional), text}
    pdTypes          list, in order of preference, of {code "DISMISS", label "dismissal without prejudice…"}
    office           {code, displayName, fieldLocation, subOffice (optional), pdAddress}
    reference        pdbot's reference for the request
    and everything listed at the top of request-body.txt.ftl
-->
PD Request - ${aNumber} - ${nameLastFirst} - ${detained?then("DETAINED", "NON-DETAINED")} - <#if nextHearing??>Next hearing ${nextHearing.date}<#else>No hearing set</#if> - ${pdTypes?map(p -> p.code)?join(" / ")}
