package org.imagoclinic.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The zero-setup run's database (ADR 0002) in its persistent mode, which the rest of the suite
 * (ephemeral, ADR 0005) never starts: the server starts in the background, yet the first bean to
 * use the datasource finds it answering; the data outlives a restart; the server stops with the
 * application; a folder it cannot use fails the start with the folder's name.
 */
class PersistentPostgresStartTests {

    @TempDir
    Path folder;

    @Test
    void theFirstUseOfTheDatasourceWaitsForTheServerAndTheDataOutlivesARestart() {
        Path data = folder.resolve("postgres");
        String url;
        try (GenericApplicationContext first = application(data)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("imago");
            jdbc.execute("create table kept (note text)");
            jdbc.update("insert into kept values ('written before the restart')");
            url = first.getEnvironment().getProperty("spring.datasource.url");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                .as("the server stops with the application").isInstanceOf(SQLException.class);

        try (GenericApplicationContext second = application(data)) {
            assertThat(second.getBean(JdbcTemplate.class).queryForObject("select note from kept", String.class))
                    .isEqualTo("written before the restart");
        }
    }

    @Test
    void aDataFolderThatCannotBeUsedFailsTheStartNamingIt() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a folder");

        assertThatThrownBy(() -> application(notAFolder).close())
                .rootCause().hasMessageContaining(notAFolder.toString());
    }

    /**
     * An application with one datasource and a JdbcTemplate that queries it as soon as it is made,
     * before anything else could have waited for the server.
     */
    private static GenericApplicationContext application(Path data) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("imago.embedded-database.mode", "persistent", "imago.embedded-database.data-dir", data.toString())));
        new EmbeddedPostgresInitializer().initialize(context);
        context.registerBean(DataSource.class, () -> new DriverManagerDataSource(
                context.getEnvironment().getProperty("spring.datasource.url"), "postgres", "postgres"));
        context.registerBean(JdbcTemplate.class, () -> {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            jdbc.queryForObject("select 1", Integer.class);
            return jdbc;
        });
        context.refresh();
        return context;
    }
}
