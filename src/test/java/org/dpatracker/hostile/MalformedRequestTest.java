package org.dpatracker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.dpatracker.apitoken.ApiScope;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.apitoken.NewApiToken;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Requests the server cannot parse, and bodies far beyond the limit, sent over a raw connection. */
@H2Test
class MalformedRequestTest {

    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService directory;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AgreementService agreements;

    @Test
    void aMalformedAddressGetsTheApplicationsOwnPageWithoutServerDetails() throws IOException {
        String answer = exchange("GET /register/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 0);
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("DPA Tracker", "Bad request").doesNotContain("Tomcat", "Exception", "at org.");
    }

    @Test
    void aMalformedRequestLineInGermanGetsTheGermanPage() throws IOException {
        String answer = exchange(
                "GET /register/%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: de-DE,de;q=0.9\r\n"
                        + "Connection: close\r\n\r\n",
                0);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("Ungültige Anfrage");
    }

    @Test
    void aTwoHundredMegabyteImportIsRefusedBeforeItIsReadAndNothingIsImported() throws IOException {
        int before = registerSize();
        String answer = exchange(importHeaders("Content-Length: " + TWO_HUNDRED_MB), TWO_HUNDRED_MB);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("dpa.api.max-request-size");
        assertThat(registerSize()).isEqualTo(before);
    }

    @Test
    void aTwoHundredMegabyteImportWithoutLengthIsCutOffAtTheLimit() throws IOException {
        int before = registerSize();
        String answer = exchange(importHeaders("Transfer-Encoding: chunked"), -TWO_HUNDRED_MB);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(registerSize()).isEqualTo(before);
    }

    private int registerSize() {
        return SystemAccess.call(() -> agreements.count(RegisterFilter.all()));
    }

    private String importHeaders(String length) {
        UserAccount user = SignedIn.newUser(users, Role.DPO);
        String secret = SignedIn.as(
                directory,
                user.username(),
                () -> tokens.create(new NewApiToken("upload test", Set.of(ApiScope.READ, ApiScope.WRITE), 1))
                        .secret());
        return "POST /api/v1/register/import?format=csv HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + secret + "\r\nContent-Type: text/csv\r\n" + length
                + "\r\nConnection: close\r\n\r\n";
    }

    /**
     * Sends the head and then up to {@code |body|} bytes of CSV-looking filler (chunked when negative), stopping
     * when the server closes the connection, and returns what the server answered.
     */
    private String exchange(String head, long body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            byte[] filler = "x,".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
            boolean chunked = body < 0;
            try {
                for (long sent = 0; sent < Math.abs(body); sent += filler.length) {
                    if (chunked) {
                        out.write((Integer.toHexString(filler.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(filler);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // The server answered and closed before the body was through: the point of the limit.
            }
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // A reset after the answer arrived still leaves the answer.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
