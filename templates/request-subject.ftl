<#--
  request-subject.ftl: the default subject of a PD request, in words: "Request for prosecutorial discretion –
  joint motion to dismiss – MENDOZA RUIZ, Carlos – A201-555-002". An office's own subjectFormat (in
  config/opla-offices.yaml) replaces this file for that office and gets the same model.
  pdbot puts the result on one line (control characters become spaces) and cuts it at 250 characters.

  Model: the letter's (described at the top of letter.html.ftlh); the values most used here:
    nameFiled (also nameLastFirst) "MENDOZA RUIZ, Carlos";  aNumber "A201-555-002";  detained (boolean)
    relief.short "joint motion to reopen and then joint motion to dismiss";  pdTypes list of {code, short, …}
    nextHearing (optional) {date "May 20, 2027", …};  office {code, displayName, …};  reference
-->
Request for prosecutorial discretion – ${relief.short} – ${nameFiled} – ${aNumber}<#if detained> – DETAINED</#if>
