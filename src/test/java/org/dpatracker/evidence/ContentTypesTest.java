package org.dpatracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault judges a file by its content: a renamed executable stays an executable. */
class ContentTypesTest {

    @TempDir
    Path dir;

    @Test
    void acceptedTypesAreRecognisedByTheirContent() throws IOException {
        assertThat(detect(TestFiles.pdf("Signed"), "contract.pdf")).isEqualTo("application/pdf");
        assertThat(detect(TestFiles.pdf("Signed"), "no-extension")).isEqualTo("application/pdf");
        assertThat(detect(image("png"), "certificate.png")).isEqualTo("image/png");
        assertThat(detect(image("jpeg"), "scan.jpg")).isEqualTo("image/jpeg");
        assertThat(detect("Deleted on 1 March.\n".getBytes(StandardCharsets.UTF_8), "confirmation.txt"))
                .isEqualTo("text/plain");
        assertThat(detect(TestFiles.odt(), "tom.odt")).isEqualTo("application/vnd.oasis.opendocument.text");
        for (String type : new String[] {"application/pdf", "image/png", "image/jpeg", "text/plain"}) {
            assertThat(ContentTypes.allowed(type)).as(type).isTrue();
        }
    }

    @Test
    void anOfficeOpenXmlPackageIsAWordDocumentByNameButOnlyBecauseItsContentIsOfficeOpenXml() throws IOException {
        String word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assertThat(detect(TestFiles.docx(), "dpa.docx")).isEqualTo(word);
        assertThat(detect(TestFiles.docx(), "dpa.bin"))
                .as("named otherwise, still an Office package")
                .isEqualTo("application/x-tika-ooxml");
        assertThat(ContentTypes.allowed(word)).isTrue();
        assertThat(ContentTypes.allowed("application/x-tika-ooxml")).isTrue();

        String plainZip = detect(TestFiles.plainZip(), "dpa.docx");
        assertThat(plainZip).as("a ZIP named .docx").isEqualTo("application/zip");
        assertThat(ContentTypes.allowed(plainZip)).isFalse();
    }

    @Test
    void anExecutableNamedLikeAPdfIsAnExecutable() throws IOException {
        String type = detect(TestFiles.exe(), "signed-dpa.pdf");
        assertThat(type).isNotEqualTo("application/pdf").startsWith("application/x-");
        assertThat(ContentTypes.allowed(type)).isFalse();

        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        String unknown = detect(noise, "report.pdf");
        assertThat(unknown).as("unknown bytes named .pdf").isEqualTo("application/octet-stream");
        assertThat(ContentTypes.allowed(unknown)).isFalse();
    }

    private String detect(byte[] content, String name) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
        return ContentTypes.detect(file, name);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
