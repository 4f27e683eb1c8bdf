package org.pdbot.render;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.render.ExhibitFiles.imagesOnPage;
import static org.pdbot.render.ExhibitFiles.pageTexts;

/**
 * The letter renderer loads nothing but data: URIs and files in the template folder, whatever the HTML asks
 * for (a clinic's edited template, or markup that got past escaping).
 */
class LetterResourceLoadingTest {

    @TempDir
    Path dir;

    private Path templateFolder;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        templateFolder = Files.createDirectories(dir.resolve("templates"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path render(String body) throws IOException {
        Path out = dir.resolve("letter.pdf");
        new LetterPdf(templateFolder).write("""
                <!DOCTYPE html><html><head><link rel="stylesheet" href="%s"/></head>
                <body><p>LETTER-TEXT</p>%s</body></html>""".formatted(url("/style.css"), body), out);
        return out;
    }

    @Test
    void anImageOrStylesheetOverHttpIsNeverFetched() throws IOException {
        Path letter = render("<img src=\"" + url("/pixel.png") + "\"/>"
                + "<div style=\"background-image: url('" + url("/bg.png") + "')\">x</div>");

        assertThat(requests.get()).isZero();
        assertThat(imagesOnPage(letter, 1)).isZero();
        assertThat(pageTexts(letter).get(0)).contains("LETTER-TEXT");
    }

    @Test
    void aFileOutsideTheTemplateFolderIsNotLoaded() throws IOException {
        Path outside = ExhibitFiles.png(dir, "outside.png", 20, 20).file();

        Path letter = render("<img src=\"" + outside.toUri() + "\"/><img src=\"../outside.png\"/>"
                + "<img src=\"file:///etc/passwd\"/>");

        assertThat(imagesOnPage(letter, 1)).isZero();
    }

    @Test
    void aFileInTheTemplateFolderAndADataUriAreLoaded() throws IOException {
        ExhibitFiles.png(templateFolder, "logo.png", 20, 20);
        byte[] png = Files.readAllBytes(ExhibitFiles.png(dir, "inline.png", 10, 10).file());

        Path letter = render("<img src=\"logo.png\"/><img src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"/>");

        assertThat(imagesOnPage(letter, 1)).isEqualTo(2);
    }
}
