package org.pdbot.mail.oauth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private key and, for Microsoft, its certificate: from a PKCS#12 file (.p12/.pfx) or a PEM file holding
 * {@code PRIVATE KEY} (PKCS#8) or {@code RSA PRIVATE KEY} (PKCS#1) and {@code CERTIFICATE} blocks.
 * Encrypted PEM keys are not read: use PKCS#12 with a password, or protect the PEM file by its permissions.
 */
record SigningKey(PrivateKey privateKey, Optional<X509Certificate> certificate) {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    public static SigningKey load(Path file, Secret password) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            return text.contains("-----BEGIN ") ? fromPem(text, file) : fromPkcs12(file, password);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the certificate file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** The private key of a PEM text, e.g. the {@code private_key} of a Google service-account key. */
    static PrivateKey privateKeyFromPem(String pem, String where) {
        return fromPem(pem, where).privateKey();
    }

    /** The SHA-1 thumbprint Microsoft's client assertion names the certificate by ({@code x5t}). */
    String thumbprint() {
        X509Certificate cert = certificate.orElseThrow();
        try {
            return Jwt.base64Url(MessageDigest.getInstance("SHA-1").digest(cert.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + certificate.map(c -> c.getSubjectX500Principal().getName()).orElse("key only") + "]";
    }

    private static SigningKey fromPkcs12(Path file, Secret password) {
        char[] pw = password == null ? new char[0] : password.reveal().toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, pw);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) ks.getKey(alias, pw);
                    return new SigningKey(key, Optional.ofNullable((X509Certificate) ks.getCertificate(alias)));
                }
            }
            throw new IllegalStateException("The certificate file " + file + " holds no private key");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the certificate file " + file + " as PKCS#12: wrong"
                    + " pdbot.oauth.certificate-password, or not a .p12/.pfx/.pem file");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key in " + file + ": " + e.getMessage());
        }
    }

    private static SigningKey fromPem(String text, Object where) {
        PrivateKey key = null;
        X509Certificate cert = null;
        Matcher m = PEM.matcher(text);
        try {
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2));
                switch (m.group(1)) {
                    case "PRIVATE KEY" -> key = rsa(der);
                    case "RSA PRIVATE KEY" -> key = rsa(pkcs1ToPkcs8(der));
                    case "CERTIFICATE" -> {
                        if (cert == null) {
                            cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                                    .generateCertificate(new java.io.ByteArrayInputStream(der));
                        }
                    }
                    case "ENCRYPTED PRIVATE KEY" -> throw new IllegalStateException("The key in " + where
                            + " is encrypted: use a PKCS#12 file with pdbot.oauth.certificate-password instead");
                    default -> { }
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the PEM key in " + where + ": " + e.getMessage());
        }
        if (key == null) {
            throw new IllegalStateException("No private key (-----BEGIN PRIVATE KEY-----) in " + where);
        }
        return new SigningKey(key, Optional.ofNullable(cert));
    }

    private static PrivateKey rsa(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** Wraps an RSAPrivateKey (PKCS#1) in a PrivateKeyInfo (PKCS#8) with the rsaEncryption algorithm. */
    private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = der(0x04, pkcs1);
        byte[] body = new byte[version.length + algorithm.length + octets.length];
        System.arraycopy(version, 0, body, 0, version.length);
        System.arraycopy(algorithm, 0, body, version.length, algorithm.length);
        System.arraycopy(octets, 0, body, version.length + algorithm.length, octets.length);
        return der(0x30, body);
    }

    private static byte[] der(int tag, byte[] content) {
        int n = content.length;
        byte[] len = n < 0x80 ? new byte[] {(byte) n}
                : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n}
                : n < 0x10000 ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
                : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        byte[] out = new byte[1 + len.length + n];
        out[0] = (byte) tag;
        System.arraycopy(len, 0, out, 1, len.length);
        System.arraycopy(content, 0, out, 1 + len.length, n);
        return out;
    }
}
