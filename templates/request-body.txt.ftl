<#--
  request-body.txt.ftl: the PD request, plain text (the text part of the mail). Plain text: nothing is
  escaped here; request-body.html.ftlh is the HTML twin and must say the same.

  Model (strings unless noted). Values marked "optional" may be missing: test them with ?? before use.
  Every other value is required; when a case lacks one, rendering stops with an error naming it.
    name                 the respondent's name as given; nameLastFirst "LOPEZ, Maria"; lastName;
                         givenNames (optional)
    aNumber              "A012-345-678"
    dateOfBirth          optional, "01/31/1990"
    country, court, judge, facility        optional
    detained             boolean
    nextHearing          optional: {date "03/15/2027", time (optional) "9:00 AM", type (optional) "Master",
                         text "03/15/2027 at 9:00 AM (Master)"}
    pdTypes              list, first the main request then the alternatives: {code "DISMISS", label}
    pdRequested          optional, the words the sender used for the request
    reasons              list of paragraphs as written
    factors              the reasons' sentences under OPLA's factors, in config/opla-factors.yaml order,
                         then "Other considerations": list of {code, label, sentences (list)}
    criminalHistory      {none (boolean), entries (list of strings, empty when none)}
    attorney             {name, eoirId, email, phone}, each optional
    documents            list of {fileName, contentType, sizeKb (number)}, may be empty
    office               {displayName "Atlanta — Stewart", pdAddress, code, fieldLocation, subOffice (optional)}
    reference            pdbot's reference; the "Ref: " line must stay on a line of its own (replies are
                         matched by it)
    today                the letter's date, "March 3, 2027"
    clinic               {name, email (optional), address (optional), addressLines (list), phone (optional)}
-->
${clinic.name}
<#list clinic.addressLines as line>
${line}
</#list>
<#if clinic.phone??>
Tel. ${clinic.phone}
</#if>
<#if clinic.email??>
${clinic.email}
</#if>

${today}

VIA EMAIL to ${office.pdAddress}

Office of the Principal Legal Advisor – ${office.displayName}
U.S. Immigration and Customs Enforcement

RE: Request for prosecutorial discretion

  Respondent:          ${name}
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
<#if judge??>
  Immigration judge:   ${judge}
</#if>
  Next hearing:        <#if nextHearing??>${nextHearing.text}<#else>none scheduled</#if>
  Custody:             <#if detained>Detained<#if facility??> at ${facility}</#if><#else>Not detained</#if>
  PD requested:        ${pdTypes?map(p -> p.label)?join("; in the alternative, ")?cap_first}
<#if attorney.name??>
  Representative:      ${attorney.name}<#if attorney.eoirId??> (EOIR ID ${attorney.eoirId})</#if><#if attorney.email??>, ${attorney.email}</#if>
</#if>

Dear Chief Counsel:

On behalf of ${name}, we respectfully request that the Office of the Principal Legal Advisor exercise prosecutorial discretion in the form of ${pdTypes[0].label}<#list pdTypes[1..] as alternative>; in the alternative, ${alternative.label}</#list>.

REASONS FOR THE REQUEST

The facts below are organized by the factors OPLA considers in deciding whether to exercise prosecutorial discretion.

<#list factors as factor>
${factor?counter}. ${factor.label}
${factor.sentences?join(" ")}

</#list>
CRIMINAL HISTORY

<#if criminalHistory.none>
${name} has no arrests and no convictions, in the United States or abroad.
<#else>
The following is a complete list of ${name}'s arrests and convictions:
<#list criminalHistory.entries as entry>
  - ${entry}
</#list>
</#if>

SUPPORTING DOCUMENTS

<#list documents>
The following documents are attached:
<#items as document>
  ${document?counter}. ${document.fileName} (${document.sizeKb} KB)
</#items>
<#else>
No supporting documents are attached.
</#list>

For these reasons, we respectfully ask that OPLA exercise its discretion as requested. Please contact us if any further information or documents would help in evaluating this request.

Respectfully,

<#if attorney.name??>
${attorney.name}
<#if attorney.eoirId??>
EOIR ID: ${attorney.eoirId}
</#if>
</#if>
${clinic.name}
<#if attorney.phone?? || clinic.phone??>
Tel. ${attorney.phone!clinic.phone}
</#if>
<#if attorney.email?? || clinic.email??>
${attorney.email!clinic.email}
</#if>

Ref: ${reference}
