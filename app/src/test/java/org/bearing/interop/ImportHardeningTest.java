package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiClient.Reply;
import org.bearing.support.DatabaseFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad files through the import API: each is refused with 422 (413 over the size limit) and a problem document that
 * names the problem, and the database is left exactly as it was (the fingerprint of every table is unchanged).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-hardening;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + ImportHardeningTest.PASSWORD,
        "bearing.import.max-bytes=400000", "bearing.import.max-expanded-bytes=20000000"})
class ImportHardeningTest {
    static final String PASSWORD = "hardening-admin-password";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void connect() {
        String base = "http://localhost:" + port;
        Reply token = ApiClient.basic(base, "admin", PASSWORD).post("/api/v1/me/tokens", Map.of("name", "test", "validDays", 1));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        api = ApiClient.bearer(base, token.json().get("secret").asString());
    }

    private String refused(int status, String name, byte[] content, String... detail) {
        Map<String, Long> before = DatabaseFingerprint.of(jdbc);
        Reply r = api.upload("/api/v1/projects/import", "file", name, content);
        assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).as(name).contains(detail);
        assertThat(DatabaseFingerprint.of(jdbc)).as(name + " changed the database").isEqualTo(before);
        return r.json().get("detail").asString();
    }

    @Test
    void truncatedCorruptedEmptyAndWronglyNamedFilesAre422() throws Exception {
        byte[] xml = Files.readAllBytes(SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml"));
        byte[] mpp = Files.readAllBytes(SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.mpp"));

        refused(422, "half.xml", Arrays.copyOf(xml, xml.length / 2), "half.xml");
        refused(422, "half.mpp", Arrays.copyOf(mpp, mpp.length / 3), "half.mpp");
        byte[] corrupted = mpp.clone();
        for (int i = 0; i < 512; i++) {
            corrupted[i] = (byte) (i * 31);
        }
        refused(422, "corrupted.mpp", corrupted, "corrupted.mpp");
        refused(422, "empty.xml", new byte[0], "empty");
        refused(422, "photo.mpp", "\u0089PNG\r\n\u001a\n not a schedule at all".getBytes(StandardCharsets.ISO_8859_1), "photo.mpp");

        byte[] xer = Files.readAllBytes(SchedulesCorpus.file("Constology__XERNative/sample.xer"));
        Reply misnamed = api.upload("/api/v1/projects/import", "file", "really-a-xer.mpp", xer);
        assertThat(misnamed.status()).as(misnamed.body()).isEqualTo(201);
        assertThat(misnamed.json().get("warnings").get(0).asString()).contains("named .mpp but holds a XER file");
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- an MSPDI file -->
                <!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Project xmlns="http://schemas.microsoft.com/project"><Name>&secret;</Name></Project>
                """;
        refused(422, "xxe.xml", xxe.getBytes(StandardCharsets.UTF_8), "DOCTYPE");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<project name=\"&lol9;\"></project>\n");
        refused(422, "laughs.gan", laughs.toString().getBytes(StandardCharsets.UTF_8), "DOCTYPE");
        refused(422, "utf16.xml", xxe.getBytes(StandardCharsets.UTF_16), "DOCTYPE");
    }

    @Test
    void zipBombsAndOversizedFilesAreRefused() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("schedule.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(400_000);
        refused(422, "bomb.zip", bomb.toByteArray(), "zip bomb");

        // Cut off by the multipart limit (bearing.import.max-bytes) while it arrives, before it reaches a temporary file.
        refused(413, "huge.xml", new byte[500_000], "upload size");
    }
}
