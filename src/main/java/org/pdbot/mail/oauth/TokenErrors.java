package org.pdbot.mail.oauth;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an identity provider's refusal into what to fix, for the errors clinics actually meet. */
final class TokenErrors {

    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

    private TokenErrors() {
    }

    static String explain(Flow flow, int status, String error, String description, URI endpoint) {
        String said = said(error, description);
        if (error.isEmpty()) {
            return flow.company + "'s token endpoint " + endpoint.getHost() + " answered HTTP " + status
                    + " without an OAuth error: check pdbot.oauth.token-endpoint";
        }
        return switch (flow) {
            case MICROSOFT -> microsoft(error, description, said);
            case GOOGLE_REFRESH_TOKEN -> googleRefresh(error, said);
            case GOOGLE_SERVICE_ACCOUNT -> googleServiceAccount(error, said);
        };
    }

    private static String microsoft(String error, String description, String said) {
        Matcher m = AADSTS.matcher(description);
        String code = m.find() ? m.group(1) : "";
        return switch (code) {
            case "700016" -> "Microsoft does not know this application in this tenant (AADSTS700016): check that"
                    + " pdbot.oauth.client-id is the app registration's Application (client) ID and pdbot.oauth.tenant"
                    + " is the Directory (tenant) ID of the tenant that holds the mailbox. " + said;
            case "90002", "900023", "90013" -> "Microsoft does not know the tenant (AADSTS" + code + "): set"
                    + " pdbot.oauth.tenant to the Directory (tenant) ID or the tenant's domain. " + said;
            case "7000215" -> "Microsoft says the client secret is wrong (AADSTS7000215): put the secret's Value"
                    + " (not its Secret ID) in pdbot.oauth.client-secret. " + said;
            case "7000222" -> "The client secret has expired (AADSTS7000222): create a new one in Entra under"
                    + " App registrations > Certificates & secrets, put it in pdbot.oauth.client-secret and"
                    + " pdbot.oauth.secret-expires. " + said;
            case "65001", "650057", "500011" -> "Admin consent is missing (AADSTS" + code + "): in Entra, open the app's"
                    + " API permissions, add Office 365 Exchange Online > Application permissions > IMAP.AccessAsApp"
                    + " and SMTP.SendAsApp, then 'Grant admin consent'. " + said;
            case "700027", "700023", "700024" -> "Microsoft rejected the certificate assertion (AADSTS" + code + "):"
                    + " upload the certificate's public part (.cer) to the app under Certificates & secrets, and"
                    + " check this machine's clock. " + said;
            case "70011", "1002012" -> "The scope is not valid (AADSTS" + code + "): leave pdbot.oauth.scope empty"
                    + " to use https://outlook.office365.com/.default. " + said;
            default -> {
                if ("invalid_client".equals(error)) {
                    yield "Microsoft refused the client credentials (invalid_client): check pdbot.oauth.client-id"
                            + " and the secret or certificate. " + said;
                }
                if (description.toLowerCase(java.util.Locale.ROOT).contains("consent")) {
                    yield "Admin consent is missing: grant admin consent for the app's Exchange Online"
                            + " permissions (IMAP.AccessAsApp, SMTP.SendAsApp). " + said;
                }
                yield "Microsoft refused the token request. " + said;
            }
        };
    }

    private static String googleRefresh(String error, String said) {
        return switch (error) {
            case "invalid_grant" -> "Google says the refresh token is revoked or expired (invalid_grant): create a new"
                    + " refresh token for the mailbox (sign in and consent again) and put it in pdbot.oauth.refresh-token."
                    + " Refresh tokens of an OAuth app still in 'Testing' status expire after 7 days; publish the app"
                    + " 'In production' (an Internal app in Workspace is enough). " + said;
            case "invalid_client" -> "Google does not accept the OAuth client (invalid_client): check"
                    + " pdbot.oauth.client-id and pdbot.oauth.client-secret. " + said;
            case "unauthorized_client" -> "The refresh token was issued to another OAuth client (unauthorized_client):"
                    + " use the client id and secret the refresh token was created with. " + said;
            default -> "Google refused the token request. " + said;
        };
    }

    private static String googleServiceAccount(String error, String said) {
        return switch (error) {
            case "unauthorized_client" -> "Domain-wide delegation is not granted for this service account and scope"
                    + " (unauthorized_client): in the Google Admin console, Security > Access and data control >"
                    + " API controls > Manage Domain Wide Delegation, add the service account's client ID with the"
                    + " scope https://mail.google.com/. " + said;
            case "invalid_grant" -> "Google refused the service account's signed request (invalid_grant): check that"
                    + " the key in pdbot.oauth.service-account-key still exists (not deleted in the Cloud console),"
                    + " that the mailbox (pdbot.imap.username) is a user of the Workspace domain, and that this"
                    + " machine's clock is right. " + said;
            case "invalid_client" -> "Google does not know the service account (invalid_client): the key file may"
                    + " belong to a deleted service account. " + said;
            default -> "Google refused the token request. " + said;
        };
    }

    private static String said(String error, String description) {
        String first = description.lines().findFirst().orElse("").strip();
        return "(The identity provider said: " + error + (first.isEmpty() ? "" : ": " + first) + ")";
    }
}
