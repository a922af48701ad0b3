import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build-time jOOQ generator (ADR 0003), run by Maven in generate-sources with the single-file
 * source launcher.
 *
 * <p>Starts an embedded PostgreSQL, applies the migrations exactly as the application does
 * (db/migration/__root first, then one folder and history table per module), and generates the
 * classes of each module's schema into {@code <basePackage>.<module>.internal.db}. Skips all of it
 * when the migrations have not changed since the last run.
 *
 * <p>Arguments: migrations folder, output folder, base package.
 */
public class JooqGenerator {

    private static final String ROOT_FOLDER = "__root";

    /**
     * Text columns that hold a Java enum's constant names, read and written as that enum
     * (docs/architecture.md, "Data access"): column (table.column) to the enum's class.
     */
    private static final Map<String, String> ENUM_COLUMNS = new TreeMap<>(Map.of(
            "audit_entry.action", "org.imagoclinic.audit.AuditAction",
            "audit_entry.outcome", "org.imagoclinic.audit.AuditOutcome"));

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String basePackage = args[2];

        Path stamp = output.resolve(".migrations.sha256");
        String digest = digestOf(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("[jooq] migrations unchanged, generated classes are up to date");
            return;
        }
        deleteRecursively(output);

        List<String> modules = moduleFolders(migrations);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            migrate(url, migrations, ROOT_FOLDER, "flyway_schema_history");
            for (String module : modules) {
                migrate(url, migrations, module, "flyway_schema_history_" + module);
            }
            for (String module : modules) {
                generate(url, module, basePackage + "." + module + ".internal.db", output);
            }
        }
        Files.createDirectories(output);
        Files.writeString(stamp, digest);
    }

    private static void migrate(String url, Path migrations, String folder, String historyTable) {
        Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations("filesystem:" + migrations.resolve(folder))
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static void generate(String url, String schema, String targetPackage, Path output) throws Exception {
        Configuration configuration = new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                        .withUser("postgres").withPassword("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema(schema)
                                .withOutputSchemaToDefault(false)
                                .withExcludes("flyway_schema_history.*")
                                .withForcedTypes(new ForcedType()
                                        .withUserType("org.jooq.postgres.extensions.types.OffsetDateTimeRange")
                                        .withBinding("org.jooq.postgres.extensions.bindings.OffsetDateTimeRangeBinding")
                                        .withIncludeTypes("tstzrange"))
                                .withForcedTypes(enumColumns()))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withGeneratedAnnotation(false)
                                .withComments(false))
                        .withTarget(new Target()
                                .withPackageName(targetPackage)
                                .withDirectory(output.toString())));
        GenerationTool.generate(configuration);
    }

    private static List<ForcedType> enumColumns() {
        return ENUM_COLUMNS.entrySet().stream().map(column -> new ForcedType()
                .withUserType(column.getValue())
                .withEnumConverter(true)
                .withIncludeExpression("(.*\\.)?" + column.getKey().replace(".", "\\.")))
                .toList();
    }

    private static List<String> moduleFolders(Path migrations) throws IOException {
        try (Stream<Path> folders = Files.list(migrations)) {
            return folders.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals(ROOT_FOLDER))
                    .sorted()
                    .toList();
        }
    }

    private static String digestOf(Path migrations) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(JooqGenerator.class.getName().getBytes(StandardCharsets.UTF_8));
        sha.update(ENUM_COLUMNS.toString().getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(migrations.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
