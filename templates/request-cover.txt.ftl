<#--
  request-cover.txt.ftl: the mail that carries the PD request to OPLA. It stays short because the request
  itself is the attached PDF packet (letter + exhibits), but it is never empty: OPLA offices do not open
  mail that holds only attachments. request-cover.html.ftlh is its HTML twin.

  Model: the letter's, described at the top of letter.html.ftlh, plus
    packet    {fileNames (list of the attached PDF file names), exhibits (number of exhibits in the packet),
               part (optional, "2 of 3" when the packet is split over several mails)}
  The "Ref: " line must stay on a line of its own: replies are matched by it.
-->
Office of the Principal Legal Advisor – ${office.displayName}
Via email to ${office.pdAddress}

RE: Request for prosecutorial discretion

  Respondent:          ${nameFiled}
  A-Number:            ${aNumber}
<#if dateOfBirth??>
  Date of birth:       ${dateOfBirth}
</#if>
<#if country??>
  Country:             ${country}
</#if>
<#if court??>
  Immigration court:   ${court}
</#if>
  Next hearing:        <#if nextHearing??>${nextHearing.text}<#else>none scheduled</#if>
  Custody:             <#if detained>Detained<#if facility??> at ${facility}</#if><#else>Not detained</#if>
  Relief requested:    ${relief.short?cap_first}
<#if attorney.name??>
  Representative:      ${attorney.name}<#if attorney.eoirId??> (EOIR ID ${attorney.eoirId})</#if><#if attorney.email??>, ${attorney.email}</#if>
</#if>

Dear Chief Counsel:

On behalf of ${name}, we respectfully request that OPLA exercise its prosecutorial discretion by ${relief.sentence}.

<#if packet.part??>
This is part ${packet.part} of the request. </#if>The signed request letter, with the procedural history, the reasons for the request, the criminal history disclosure and <#if packet.exhibits == 0>no exhibits<#elseif packet.exhibits == 1>1 exhibit<#else>${packet.exhibits} exhibits</#if>, is attached as one PDF: ${packet.fileNames?join(", ")}.

Respectfully,
<#if attorney.name??>
${attorney.name}
</#if>
${clinic.name}

Ref: ${reference}
