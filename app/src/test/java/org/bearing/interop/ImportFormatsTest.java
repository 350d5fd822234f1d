package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.reader.UniversalProjectReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The formats the corpus has no file of: MPX (written here by MPXJ from a corpus file) and MPT (an MS Project
 * template is an MPP file; the reader goes by content, not by name). Each becomes a project with every task and link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-formats;DB_CLOSE_DELAY=-1"})
class ImportFormatsTest {
    @Autowired
    ProjectImport projectImport;
    @TempDir
    Path dir;

    @Test
    void importsAnMpxFile() throws Exception {
        ProjectFile source = new UniversalProjectReader().read(SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml").toFile());
        ByteArrayOutputStream mpx = new ByteArrayOutputStream();
        new MPXWriter().write(source, mpx);
        Path file = Files.write(dir.resolve("sample.mpx"), mpx.toByteArray());
        ImportedSchedule read = new ScheduleFileReader().read(file);

        ProjectImport.Imported imported = projectImport.importFile(file, "sample.mpx");

        assertThat(imported.format()).containsIgnoringCase("MPX");
        assertThat(imported.tasks()).isEqualTo(read.tasks().size()).isGreaterThan(10);
        assertThat(imported.dependencies()).isEqualTo(read.links().size()).isPositive();
    }

    @Test
    void importsAnMsProjectTemplate() throws Exception {
        Path mpp = SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.mpp");
        Path mpt = Files.copy(mpp, dir.resolve("template.mpt"));
        ImportedSchedule read = new ScheduleFileReader().read(mpp);

        ProjectImport.Imported imported = projectImport.importFile(mpt, "template.mpt");

        assertThat(imported.tasks()).isEqualTo(read.tasks().size()).isGreaterThan(10);
        assertThat(imported.dependencies()).isEqualTo(read.links().size()).isPositive();
    }
}
