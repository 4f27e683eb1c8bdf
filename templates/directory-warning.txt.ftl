<#--
  directory-warning.txt.ftl: to the clinic's admin, once per office address, when OPLA's mail server said the
  office's PD address does not exist. The directory (config/opla-offices.yaml) may be out of date.

  Model: request {aNumber, name, office, officeAddress, reference, ...}, officeCode, status (RFC 3463 code or
  empty), diagnostic (the server's words or empty).
-->
The PD request for ${request.aNumber} to ${request.office} bounced: the mail server says the address
${request.officeAddress} does not exist<#if status?has_content> (status ${status})</#if>.
<#if diagnostic?has_content>

The server's words: ${diagnostic}
</#if>

The office directory may be out of date. Please compare the entry "${officeCode}" in config/opla-offices.yaml
with ICE's current list of OPLA PD mailboxes (https://www.ice.gov/about-ice/opla/prosecutorial-discretion),
correct the address, and run ./pdbot offices to check the file. Until then pdbot keeps routing cases for this
office to the old address. The attorney was told separately.

This notice was sent automatically by pdbot, once for this address; replies to it are not read.
